import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../api/get-audit.ts';
import { formatDateId } from '../../../lib/format.ts';

const ROLES = ['system_admin', 'admin', 'opd_operator', 'bpjs_officer', 'viewer'] as const;
const isRole = (v: string): v is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(v);

/** A changed value as people read it: a day in words, yes/no, a role by its name; anything else as recorded. */
function readable(value: string | null, field: string, t: TFunction): string {
  if (value === null) return t('app.none');
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateId(value);
  if (value === 'true') return t('app.yes');
  if (value === 'false') return t('app.no');
  if (/(^|\.)role$/.test(field) && isRole(value)) return t(`roles.${value}`);
  return value;
}

/** Before/after as the fields that changed, one per row. */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Stack p="md" bg="gray.0">
      {entry.changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('audit.noChanges')}
        </Text>
      ) : (
        <Table withTableBorder bg="white">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.field')}</Table.Th>
              <Table.Th>{t('audit.before')}</Table.Th>
              <Table.Th>{t('audit.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entry.changes.map((c) => (
              <Table.Tr key={c.field}>
                <Table.Td>
                  <Text size="sm">{c.label[lang]}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="red" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                    {readable(c.before, c.field, t)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="teal.8" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                    {readable(c.after, c.field, t)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
