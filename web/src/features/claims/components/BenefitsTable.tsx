import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../lib/format.ts';
import { Section } from '../../../components/Section.tsx';
import type { Claim, ClaimItem } from '../api/types.ts';

function AmountCell({ item }: { item: ClaimItem }) {
  if (!item.adjustment) return <>{formatRupiah(item.amount)}</>;
  return (
    <>
      <Text span size="xs" c="dimmed" td="line-through" mr={6}>
        {formatRupiah(item.computed)}
      </Text>
      <Text span fw={600} c="orange">
        {formatRupiah(item.amount)}
      </Text>
    </>
  );
}

/** The benefits item by item (PKS Pasal 7): formula, cap, legal basis, amount; adjustments beside the computed value. */
export function BenefitsTable({ claim: c }: { claim: Claim }) {
  const { t } = useTranslation();
  return (
    <Section title={t('claims.detail.benefits.title')} hint={t(c.computedFinal ? 'claims.detail.benefits.final' : 'claims.detail.benefits.estimate')}>
      <Table.ScrollContainer minWidth={640}>
        <Table data-testid="claim-items" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('claims.detail.benefits.item')}</Table.Th>
              <Table.Th>{t('claims.detail.benefits.formula')}</Table.Th>
              <Table.Th>{t('claims.detail.benefits.basis')}</Table.Th>
              <Table.Th ta="right">{t('claims.detail.benefits.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.items.map((i) => (
              <Table.Tr key={i.code}>
                <Table.Td>
                  <Text size="sm">{i.label}</Text>
                  {i.cap !== null && (
                    <Text size="xs" c="dimmed">
                      {t('claims.detail.benefits.cap', { amount: formatRupiah(i.cap) })}
                    </Text>
                  )}
                  {i.adjustment && (
                    <Text size="xs" c="orange">
                      {t('claims.detail.benefits.adjusted', { amount: formatRupiah(i.computed), reason: i.adjustment.reason })}
                    </Text>
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
                  <AmountCell item={i} />
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td colSpan={3}>{t('claims.detail.benefits.total')}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="claim-total">
                {formatRupiah(c.total)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed" mt="xs" fs="italic">
        {t('claims.detail.benefits.inWords', { words: c.totalInWords })}
      </Text>
    </Section>
  );
}
