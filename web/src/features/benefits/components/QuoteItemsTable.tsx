import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../lib/format.ts';
import type { QuoteItem } from '../api/types.ts';

/** Each benefit item with its formula, cap and legal basis; the total at the foot. */
export function QuoteItemsTable({ items, total }: { items: QuoteItem[]; total: number }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table data-testid="quote-items" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('benefits.result.item')}</Table.Th>
            <Table.Th>{t('benefits.result.formula')}</Table.Th>
            <Table.Th>{t('benefits.result.basis')}</Table.Th>
            <Table.Th ta="right">{t('benefits.result.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.code} data-code={i.code}>
              <Table.Td>
                <Text size="sm">{i.label}</Text>
                {i.cap !== null && (
                  <Badge size="xs" variant="light" color={i.capped ? 'orange' : 'gray'}>
                    {i.capped ? t('benefits.result.cappedAt', { cap: formatRupiah(i.cap) }) : t('benefits.result.cap', { cap: formatRupiah(i.cap) })}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="xs">{i.formula}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {i.basis}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatRupiah(i.amount)}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr fw={700}>
            <Table.Td colSpan={3}>{t('benefits.result.total')}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="quote-total">
              {formatRupiah(total)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
