import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { useEmployee } from '../api/get-employees.ts';
import { EmployeeForm } from '../components/EmployeeForm.tsx';

/** /pegawai/baru and /pegawai/:id/ubah. */
export default function EmployeeFormPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id ?? 0);
  const existing = useEmployee(id, id > 0);
  if (id > 0 && existing.isPending) return <PageLoader />;
  if (id > 0 && existing.error) return <QueryError error={existing.error} />;
  const employee = existing.data;
  return (
    <Stack gap="lg" maw={960}>
      <PageHeader title={employee ? `${t('roster.editTitle')}: ${employee.fullName}` : t('roster.add')} subtitle={employee ? employee.nik : undefined} />
      <EmployeeForm key={employee?.id ?? 'new'} {...(employee ? { employee } : {})} />
    </Stack>
  );
}
