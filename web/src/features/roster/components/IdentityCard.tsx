import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/Section.tsx';
import { formatDateId } from '../../../lib/format.ts';
import type { Employee } from '../api/types.ts';
import { sexLabel } from '../utils/labels.ts';
import { InfoList } from '../../../components/InfoList.tsx';

export function IdentityCard({ employee: e }: { employee: Employee }) {
  const { t } = useTranslation();
  const none = t('app.none');
  return (
    <Section title={t('roster.identity')} testId="employee-identity">
      <InfoList
        items={[
          {
            label: t('roster.nik'),
            value: (
              <Text ff="monospace" size="sm">
                {e.nik}
              </Text>
            ),
          },
          { label: t('roster.name'), value: e.fullName },
          { label: t('roster.sex'), value: `${sexLabel(t, e.sex)} (${e.sex})` },
          { label: t('roster.birth'), value: [e.birthPlace, formatDateId(e.birthDate)].filter(Boolean).join(', ') },
          { label: t('roster.phone'), value: e.phone || none },
          { label: t('roster.address'), value: e.address || none, wide: true },
          ...(e.nikOverrideReason ? [{ label: t('roster.nikOverride'), value: e.nikOverrideReason, wide: true }] : []),
        ]}
      />
    </Section>
  );
}
