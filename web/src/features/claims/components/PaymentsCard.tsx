import { Divider, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateId, formatRupiah } from '../../../lib/format.ts';
import { Section } from '../../../components/Section.tsx';
import type { Claim } from '../api/types.ts';
import { claimName } from '../utils/labels.ts';
import { PaymentForm } from './PaymentForm.tsx';

function Figure({ label, amount, testId }: { label: string; amount: number; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} data-testid={testId}>
        {formatRupiah(amount)}
      </Text>
    </Stack>
  );
}

/** Approved, paid and outstanding; every payment; and for the BPJS officer, the form to record the next one. */
export function PaymentsCard({ claim: c, canPay }: { claim: Claim; canPay: boolean }) {
  const { t } = useTranslation();
  if (c.approvedTotal === null) {
    return (
      <Section title={t('claims.detail.payments.title')}>
        <Text size="sm" c="dimmed">
          {t('claims.detail.payments.notYet')}
        </Text>
      </Section>
    );
  }
  return (
    <Section title={t('claims.detail.payments.title')} hint={t('claims.detail.payments.hint')} testId="claim-payments">
      <Stack gap="md">
        <SimpleGrid cols={3}>
          <Figure label={t('claims.detail.payments.approved')} amount={c.approvedTotal} testId="claim-approved" />
          <Figure label={t('claims.detail.payments.paid')} amount={c.paid} testId="claim-paid" />
          <Figure label={t('claims.detail.payments.outstanding')} amount={c.outstanding} testId="claim-outstanding" />
        </SimpleGrid>
        {c.payments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('claims.detail.payments.none')}
          </Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('claims.detail.payments.date')}</Table.Th>
                <Table.Th ta="right">{t('claims.detail.payments.amount')}</Table.Th>
                <Table.Th>{t('claims.detail.payments.reference')}</Table.Th>
                <Table.Th>{t('claims.detail.payments.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.payments.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{formatDateId(p.paidOn)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(p.amount)}</Table.Td>
                  <Table.Td ff="monospace">{p.reference}</Table.Td>
                  <Table.Td>{p.note || t('app.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canPay && c.status === 'approved' && (
          <>
            <Divider label={t('claims.detail.payments.formTitle')} labelPosition="left" />
            <PaymentForm key={c.outstanding} claimId={c.id} claim={claimName(c)} outstanding={c.outstanding} />
          </>
        )}
      </Stack>
    </Section>
  );
}
