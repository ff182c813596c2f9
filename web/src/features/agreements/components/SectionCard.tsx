import type { ReactNode } from 'react';
import { Card, Group, Title } from '@mantine/core';

/** A titled white card, the building block of the agreement page. */
export function SectionCard({ title, actions, children, testId }: { title: ReactNode; actions?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder radius="md" padding="lg" data-testid={testId}>
      <Group justify="space-between" mb="md" gap="sm">
        <Title order={3} size="h5">{title}</Title>
        {actions}
      </Group>
      {children}
    </Card>
  );
}
