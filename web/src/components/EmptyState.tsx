/**
 * What a list shows when it has nothing (issue #16): what is empty, what comes next, and the next step as a
 * link to the page that does it or a button that opens or focuses the form on this page. Texts come from the
 * catalogue (`empty.<list>`, in the words of the list's feature: web/src/features/<feature>/i18n.ts). A role that
 * may not take the step sees the hint only.
 */
import type { ReactNode } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { Link } from 'react-router';

export interface NextStep {
  label: string;
  /** A route to open; else `onClick` acts on this page. */
  to?: string;
  onClick?: () => void;
  icon?: ReactNode;
}

export function EmptyState({
  title,
  hint,
  steps = [],
  testId,
}: {
  title: string;
  hint?: string;
  steps?: (NextStep | false | null | undefined)[];
  testId?: string;
}) {
  const shown = steps.filter((s): s is NextStep => Boolean(s));
  return (
    <Paper withBorder radius="md" p="xl" style={{ borderStyle: 'dashed' }} data-testid={testId ?? 'empty-state'}>
      <Stack align="center" gap="xs" ta="center">
        <IconInbox size={32} aria-hidden="true" color="var(--mantine-color-gray-6)" />
        <Text fw={600}>{title}</Text>
        {hint && (
          <Text size="sm" c="dimmed" maw={560}>
            {hint}
          </Text>
        )}
        {shown.length > 0 && (
          <Group justify="center" gap="sm" mt="xs">
            {shown.map((s, i) =>
              s.to ? (
                <Button key={s.label} component={Link} to={s.to} variant={i === 0 ? 'filled' : 'default'} leftSection={s.icon}>
                  {s.label}
                </Button>
              ) : (
                <Button key={s.label} onClick={s.onClick} variant={i === 0 ? 'filled' : 'default'} leftSection={s.icon}>
                  {s.label}
                </Button>
              ),
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** Scrolls to the form with this id and puts the cursor in its first field: the next step when the form is on the same page. */
export function focusForm(id: string): void {
  const form = document.getElementById(id);
  if (!form) return;
  form.scrollIntoView({ block: 'center' });
  form.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]), textarea, button:not([disabled])')?.focus();
}
