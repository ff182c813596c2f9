import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateId, formatRupiah } from '../../../lib/format.ts';
import type { ChildSchedule } from '../api/types.ts';

/** The scholarship paid yearly by school level, child by child, until the level ends, age 23 or the cap. */
export function ScholarshipSchedule({ schedule }: { schedule: ChildSchedule[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="scholarship-schedule">
      {schedule.map((c) => (
        <Stack key={c.child} gap={4}>
          <Text size="sm" fw={600}>
            {t('benefits.schedule.child', { n: c.child, birth: formatDateId(c.birthDate), total: formatRupiah(c.total) })}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('benefits.schedule.year')}</Table.Th>
                  <Table.Th>{t('benefits.schedule.from')}</Table.Th>
                  <Table.Th>{t('benefits.schedule.age')}</Table.Th>
                  <Table.Th>{t('benefits.schedule.level')}</Table.Th>
                  <Table.Th ta="right">{t('benefits.result.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.years.map((y) => (
                  <Table.Tr key={y.year}>
                    <Table.Td>{y.year}</Table.Td>
                    <Table.Td>{formatDateId(y.from)}</Table.Td>
                    <Table.Td>{y.age}</Table.Td>
                    <Table.Td>{t('benefits.schedule.levelYear', { level: y.level, year: y.yearOfLevel })}</Table.Td>
                    <Table.Td ta="right">
                      {formatRupiah(y.amount)}{' '}
                      {y.trimmedByCap && (
                        <Badge size="xs" color="orange" variant="light">
                          {t('benefits.schedule.trimmed')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      ))}
    </Stack>
  );
}
