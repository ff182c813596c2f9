import { SimpleGrid, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { can, useUser } from '../../../lib/auth.ts';
import { Section } from '../../../components/Section.tsx';
import { ProtectionTimeline } from '../../contributions/index.ts';
import { EmployeeClaims } from '../../claims/index.ts';
import { useEmployee } from '../api/get-employees.ts';
import { EmployeeHeader } from '../components/EmployeeHeader.tsx';
import { EmploymentCard } from '../components/EmploymentCard.tsx';
import { HistoryTimeline } from '../components/HistoryTimeline.tsx';
import { IdentityCard } from '../components/IdentityCard.tsx';

export default function EmployeePage() {
  const { t } = useTranslation();
  const user = useUser();
  const employee = useEmployee(Number(useParams().id));
  if (employee.isPending) return <PageLoader />;
  if (employee.error) return <QueryError error={employee.error} onRetry={() => void employee.refetch()} />;
  const e = employee.data;
  return (
    <Stack gap="lg">
      <EmployeeHeader employee={e} canWrite={can(user, 'roster:write')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <IdentityCard employee={e} />
        <EmploymentCard employee={e} />
      </SimpleGrid>
      <Section title={t('roster.protection')}>
        <ProtectionTimeline employeeId={e.id} />
      </Section>
      <EmployeeClaims employeeId={e.id} />
      <Section title={t('roster.history')}>
        <HistoryTimeline history={e.history} />
      </Section>
    </Stack>
  );
}
