import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconPencil, IconPlayerPlay, IconUserMinus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Employee } from '../api/types.ts';
import { EmployeeStatusBadge } from './EmployeeStatusBadge.tsx';
import { EndEmployeeModal } from './EndEmployeeModal.tsx';
import { ReactivateModal } from './ReactivateModal.tsx';

/** Name, NIK and status, with Ubah / Akhiri / Aktifkan kembali for those who may write. */
export function EmployeeHeader({ employee: e, canWrite }: { employee: Employee; canWrite: boolean }) {
  const { t } = useTranslation();
  const [ending, end] = useDisclosure(false);
  const [reactivating, reactivate] = useDisclosure(false);
  return (
    <Stack gap="xs">
      <Anchor component={Link} to="/pegawai" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('roster.backToList')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h3">
              {e.fullName}
            </Title>
            <EmployeeStatusBadge status={e.status} />
          </Group>
          <Text size="sm" c="dimmed">
            <Text span ff="monospace">
              {e.nik}
            </Text>{' '}
            · {e.unitCode} — {e.unitName}
          </Text>
        </Stack>
        {canWrite && (
          <Group gap="xs">
            <Button component={Link} to={`/pegawai/${e.id}/ubah`} variant="default" leftSection={<IconPencil size={16} />}>
              {t('roster.edit')}
            </Button>
            {e.endDate ? (
              <Button variant="light" leftSection={<IconPlayerPlay size={16} />} onClick={reactivate.open}>
                {t('roster.reactivate')}
              </Button>
            ) : (
              <Button variant="light" color="red" leftSection={<IconUserMinus size={16} />} onClick={end.open}>
                {t('roster.endAction')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {canWrite && <EndEmployeeModal employee={e} opened={ending} onClose={end.close} />}
      {canWrite && <ReactivateModal employee={e} opened={reactivating} onClose={reactivate.close} />}
    </Stack>
  );
}
