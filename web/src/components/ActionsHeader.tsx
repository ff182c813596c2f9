/** The header of a table's action column: named for screen readers ("Tindakan"), blank to the eye. */
import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ActionsHeader() {
  const { t } = useTranslation();
  return (
    <Table.Th>
      <VisuallyHidden>{t('app.actions')}</VisuallyHidden>
    </Table.Th>
  );
}

/** The same name, for a mantine-datatable column's `title`. */
export function ActionsTitle() {
  const { t } = useTranslation();
  return <VisuallyHidden>{t('app.actions')}</VisuallyHidden>;
}
