import type { ReactNode } from 'react';
import { Card, Group, Text, Title } from '@mantine/core';

/** A titled white card: the building block of the roster pages. */
export function Section({
  title,
  hint,
  actions,
  children,
  testId,
}: {
  title: ReactNode;
  hint?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card withBorder radius="md" padding="lg" data-testid={testId}>
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <div>
          <Title order={3} size="h5">
            {title}
          </Title>
          {hint && (
            <Text size="xs" c="dimmed" mt={2}>
              {hint}
            </Text>
          )}
        </div>
        {actions}
      </Group>
      {children}
    </Card>
  );
}
