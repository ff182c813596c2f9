import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useUser } from '../../../lib/auth.ts';
import { useClaims } from '../api/get-claims.ts';
import { ClaimsTable } from './ClaimsTable.tsx';

/** An employee's claims on their page, with a shortcut to file a new one for them. */
export function EmployeeClaims({ employeeId }: { employeeId: number }) {
  const { t } = useTranslation();
  const user = useUser();
  const claims = useClaims({ employeeId });
  return (
    <Card withBorder radius="md" padding="lg" data-testid="employee-claims">
      <Group justify="space-between" align="flex-start" mb="md">
        <Title order={3} size="h5">
          {t('claims.employee.title')}
        </Title>
        {can(user, 'claims:file') && (
          <Button component={Link} to={`/klaim/baru?pegawai=${employeeId}`} size="xs" variant="light" leftSection={<IconPlus size={14} />}>
            {t('claims.list.new')}
          </Button>
        )}
      </Group>
      {claims.data?.length ? (
        <ClaimsTable rows={claims.data} />
      ) : (
        <Text size="sm" c="dimmed">
          {claims.isPending ? t('app.loading') : t('claims.employee.none')}
        </Text>
      )}
    </Card>
  );
}
