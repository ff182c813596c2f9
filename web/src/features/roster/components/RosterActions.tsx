import { Button, Group } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconPlus, IconUpload } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { exportUrl, templateUrl } from '../api/get-employees.ts';
import type { EmployeeFilter } from '../api/types.ts';

/** The list page's buttons: write actions for admins and operators, downloads for everyone. */
export function RosterActions({ filter, canWrite }: { filter: Pick<EmployeeFilter, 'q' | 'unitId' | 'status'>; canWrite: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      {canWrite && (
        <>
          <Button component={Link} to="/pegawai/baru" leftSection={<IconPlus size={16} />}>
            {t('roster.add')}
          </Button>
          <Button component={Link} to="/pegawai/impor" variant="light" leftSection={<IconUpload size={16} />}>
            {t('roster.import')}
          </Button>
        </>
      )}
      <Button.Group>
        <Button component="a" href={exportUrl('xlsx', filter)} download variant="default" leftSection={<IconDownload size={16} />}>
          {t('roster.exportXlsx')}
        </Button>
        <Button component="a" href={exportUrl('csv', filter)} download variant="default">
          {t('roster.exportCsv')}
        </Button>
      </Button.Group>
      <Button component="a" href={templateUrl()} download variant="subtle" leftSection={<IconFileSpreadsheet size={16} />}>
        {t('roster.template')}
      </Button>
    </Group>
  );
}
