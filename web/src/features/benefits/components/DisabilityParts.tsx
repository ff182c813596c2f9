import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../lib/format.ts';
import type { DisabilityPart } from '../api/types.ts';

/** Each body part of a partial disability: table percent, function lost, amount, and whether the table row is confirmed. */
export function DisabilityParts({ parts }: { parts: DisabilityPart[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={4} fz="sm" data-testid="disability-parts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('benefits.fields.bodyPart')}</Table.Th>
            <Table.Th>{t('benefits.table.percent')}</Table.Th>
            <Table.Th>{t('benefits.result.formula')}</Table.Th>
            <Table.Th ta="right">{t('benefits.result.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {parts.map((p, i) => (
            <Table.Tr key={`${p.code}-${i}`}>
              <Table.Td>
                <Text size="sm">{p.label}</Text>
                <Text size="xs" c="dimmed">
                  {p.code}
                </Text>
                {!p.confirmed && (
                  <Badge size="xs" color="orange" variant="light">
                    {t('benefits.table.unconfirmed')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {p.percent}
                {p.functionLossPercent !== null ? ` × ${p.functionLossPercent}%` : ''}
              </Table.Td>
              <Table.Td>
                <Text size="xs">{p.formula}</Text>
              </Table.Td>
              <Table.Td ta="right">{formatRupiah(p.amount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
