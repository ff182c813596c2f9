import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface InfoItem {
  label: string;
  value: ReactNode;
  /** Spans both columns (long text such as an address). */
  wide?: boolean;
}

/** Label-over-value pairs in two columns, the body of the employee page's cards. */
export function InfoList({ items }: { items: InfoItem[] }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm">
      {items.map((item) => (
        <Stack key={item.label} gap={2} style={item.wide ? { gridColumn: '1 / -1' } : undefined}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: 0.3 }}>
            {item.label}
          </Text>
          <Text size="sm" component="div">
            {item.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
