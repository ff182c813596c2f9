import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../api/types.ts';

interface Props {
  q: string;
  status: AgreementStatus | undefined;
  onQChange: (q: string) => void;
  onStatusChange: (status: AgreementStatus | undefined) => void;
}

export function AgreementsFilters({ q, status, onQChange, onStatusChange }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end">
      <TextInput
        w={{ base: '100%', xs: 340 }}
        leftSection={<IconSearch size={16} />}
        placeholder={t('agreements.search')}
        aria-label={t('agreements.search')}
        value={q}
        onChange={(e) => onQChange(e.currentTarget.value)}
      />
      <Select
        w={200}
        aria-label={t('agreements.statusFilter')}
        placeholder={t('agreements.allStatuses')}
        clearable
        value={status ?? null}
        onChange={(value) => onStatusChange((value as AgreementStatus | null) ?? undefined)}
        data={AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
    </Group>
  );
}
