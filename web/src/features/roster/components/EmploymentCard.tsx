import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/Section.tsx';
import { formatDateId } from '../../../lib/format.ts';
import type { Employee } from '../api/types.ts';
import { typeLabel } from '../utils/labels.ts';
import { EmployeeStatusBadge } from './EmployeeStatusBadge.tsx';
import { InfoList } from '../../../components/InfoList.tsx';

export function EmploymentCard({ employee: e }: { employee: Employee }) {
  const { t } = useTranslation();
  const none = t('app.none');
  return (
    <Section title={t('roster.employment')} testId="employee-employment">
      <InfoList
        items={[
          {
            label: t('roster.unit'),
            value: (
              <>
                <Text span fw={600} size="sm">
                  {e.unitCode}
                </Text>{' '}
                — {e.unitName}
              </>
            ),
            wide: true,
          },
          { label: t('roster.position'), value: e.position || none },
          { label: t('roster.type'), value: typeLabel(t, e.employmentType) },
          { label: t('roster.start'), value: e.startDate ? formatDateId(e.startDate) : t('roster.startUnknown') },
          { label: t('roster.status'), value: <EmployeeStatusBadge status={e.status} size="sm" /> },
          ...(e.endDate
            ? [
                { label: t('roster.endDate'), value: formatDateId(e.endDate) },
                { label: t('roster.endReason'), value: e.endReason || none },
              ]
            : []),
        ]}
      />
    </Section>
  );
}
