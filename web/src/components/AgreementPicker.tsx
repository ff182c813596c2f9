import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../lib/api-client.ts';

export interface AgreementOption {
  id: number;
  numberPartyOne: string;
  partyOne: string;
  status: string;
}

/** The agreements the signed-in user may see, for pickers (same query key as the agreements list). */
export function useAgreementOptions() {
  return useQuery({ queryKey: ['agreements', 'list', {}], queryFn: () => api<{ items: AgreementOption[] }>('/agreements'), select: (d) => d.items });
}

/** The agreement a page works on when none is chosen: the first active one. */
export function useDefaultAgreementId(): number | null {
  const agreements = useAgreementOptions();
  const items = agreements.data ?? [];
  return (items.find((a) => a.status === 'active') ?? items[0])?.id ?? null;
}

/** Chooses the agreement a page works on. */
export function AgreementPicker({ value, onChange }: { value: number | null; onChange: (id: number) => void }) {
  const { t } = useTranslation();
  const agreements = useAgreementOptions();
  const items = agreements.data ?? [];
  return (
    <Select
      label={t('app.agreement')}
      data={items.map((a) => ({ value: String(a.id), label: `${a.numberPartyOne} — ${a.partyOne}` }))}
      value={value ? String(value) : null}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w="100%"
      maw={480}
    />
  );
}
