import { Badge, Button, Card, FileInput, Group, Paper, SimpleGrid, Stack, Table, Tabs, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../lib/format.ts';
import { uploadReconcile, type BranchSide, type LindungSide, type ReconcileField, type Reconciliation } from '../api/enrolment.ts';
import { FileIssuesTable, UploadError } from './FileIssues.tsx';
import { NumbersUpload } from './NumbersUpload.tsx';

export function NumbersTab({ agreementId }: { agreementId: number }) {
  return (
    <Card withBorder radius="md" padding="lg">
      <NumbersUpload agreementId={agreementId} />
    </Card>
  );
}

const date = (d: string | null) => (d ? formatDateId(d) : '—');
const mono = (v: string | null) => (
  <Text span size="sm" ff="monospace">
    {v ?? '—'}
  </Text>
);

/** A cell of the "berbeda" table: highlighted when this field differs. */
function Diff({ differs, children }: { differs: boolean; children: ReactNode }) {
  return (
    <Table.Td bg={differs ? 'var(--mantine-color-yellow-1)' : undefined} fw={differs ? 600 : undefined} data-differs={differs || undefined}>
      {children}
    </Table.Td>
  );
}

function Empty({ cols }: { cols: number }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td colSpan={cols}>
        <Text c="dimmed" ta="center" py="sm">
          {t('enrolment.none')}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

function DifferingTable({ rows }: { rows: Reconciliation['differing'] }) {
  const { t } = useTranslation();
  const has = (fields: ReconcileField[], f: ReconcileField) => fields.includes(f);
  return (
    <Table withTableBorder withColumnBorders fz="sm" data-testid="reconcile-differing">
      <Table.Thead>
        <Table.Tr>
          <Table.Th rowSpan={2}>NIK</Table.Th>
          <Table.Th colSpan={3} ta="center" bg="teal.0">
            {t('enrolment.lindung')}
          </Table.Th>
          <Table.Th colSpan={5} ta="center" bg="blue.0">
            {t('enrolment.branch')}
          </Table.Th>
        </Table.Tr>
        <Table.Tr>
          <Table.Th bg="teal.0">{t('roster.name')}</Table.Th>
          <Table.Th bg="teal.0">{t('enrolment.birthDate')}</Table.Th>
          <Table.Th bg="teal.0">KPJ</Table.Th>
          <Table.Th bg="blue.0">{t('enrolment.row')}</Table.Th>
          <Table.Th bg="blue.0">NIK</Table.Th>
          <Table.Th bg="blue.0">{t('roster.name')}</Table.Th>
          <Table.Th bg="blue.0">{t('enrolment.birthDate')}</Table.Th>
          <Table.Th bg="blue.0">KPJ</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ lindung: l, branch: b, fields, details }) => (
          <Table.Tr key={`${l.nik}-${b.row}`} title={details?.join('; ')}>
            <Table.Td ff="monospace">{l.nik}</Table.Td>
            <Diff differs={has(fields, 'fullName')}>{l.fullName}</Diff>
            <Diff differs={has(fields, 'birthDate')}>{date(l.birthDate)}</Diff>
            <Diff differs={has(fields, 'kpj')}>{mono(l.kpj)}</Diff>
            <Table.Td c="dimmed">{b.row}</Table.Td>
            <Diff differs={!!b.nik && b.nik !== l.nik}>{mono(b.nik)}</Diff>
            <Diff differs={has(fields, 'fullName')}>{b.fullName}</Diff>
            <Diff differs={has(fields, 'birthDate')}>{date(b.birthDate)}</Diff>
            <Diff differs={has(fields, 'kpj')}>{mono(b.kpj)}</Diff>
          </Table.Tr>
        ))}
        {rows.length === 0 && <Empty cols={9} />}
      </Table.Tbody>
    </Table>
  );
}

function LindungTable({ rows }: { rows: readonly LindungSide[] }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder striped fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>NIK</Table.Th>
          <Table.Th>{t('roster.name')}</Table.Th>
          <Table.Th>{t('enrolment.birthDate')}</Table.Th>
          <Table.Th>KPJ</Table.Th>
          <Table.Th>{t('roster.unit')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((l) => (
          <Table.Tr key={l.nik}>
            <Table.Td ff="monospace">{l.nik}</Table.Td>
            <Table.Td>{l.fullName}</Table.Td>
            <Table.Td>{date(l.birthDate)}</Table.Td>
            <Table.Td>{mono(l.kpj)}</Table.Td>
            <Table.Td>{l.unitName}</Table.Td>
          </Table.Tr>
        ))}
        {rows.length === 0 && <Empty cols={5} />}
      </Table.Tbody>
    </Table>
  );
}

function BranchTable({ rows }: { rows: readonly BranchSide[] }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder striped fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('enrolment.row')}</Table.Th>
          <Table.Th>NIK</Table.Th>
          <Table.Th>{t('roster.name')}</Table.Th>
          <Table.Th>{t('enrolment.birthDate')}</Table.Th>
          <Table.Th>KPJ</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((b) => (
          <Table.Tr key={b.row}>
            <Table.Td c="dimmed">{b.row}</Table.Td>
            <Table.Td>{mono(b.nik)}</Table.Td>
            <Table.Td>{b.fullName}</Table.Td>
            <Table.Td>{date(b.birthDate)}</Table.Td>
            <Table.Td>{mono(b.kpj)}</Table.Td>
          </Table.Tr>
        ))}
        {rows.length === 0 && <Empty cols={5} />}
      </Table.Tbody>
    </Table>
  );
}

function Count({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <Paper withBorder radius="md" p="md" style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} c={`${color}.7`}>
        {value}
      </Text>
    </Paper>
  );
}

export function ReconcileTab({ agreementId }: { agreementId: number }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const run = useMutation({ mutationFn: (f: File) => uploadReconcile(f, agreementId) });
  const r = run.data;
  return (
    <Stack>
      <Card withBorder radius="md" padding="lg">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('enrolment.reconcileHint')}
          </Text>
          <Group align="flex-end">
            <FileInput
              label={t('enrolment.file')}
              placeholder={t('enrolment.chooseFile')}
              leftSection={<IconFileSpreadsheet size={16} />}
              accept=".xlsx,.csv"
              value={file}
              onChange={(f) => {
                setFile(f);
                run.reset();
              }}
              clearable
              w={{ base: '100%', xs: 360 }}
            />
            <Button leftSection={<IconUpload size={16} />} disabled={!file} loading={run.isPending} onClick={() => file && run.mutate(file)}>
              {t('enrolment.compare')}
            </Button>
          </Group>
          {run.error && <UploadError error={run.error} />}
        </Stack>
      </Card>
      {r && (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} data-testid="reconcile-summary">
            <Count label={t('enrolment.matching')} value={r.matching.length} color="teal" />
            <Count label={t('enrolment.differing')} value={r.differing.length} color="yellow" />
            <Count label={t('enrolment.onlyInLindung')} value={r.onlyInLindung.length} color="red" />
            <Count label={t('enrolment.onlyInBranch')} value={r.onlyInBranch.length} color="grape" />
          </SimpleGrid>
          <Card withBorder radius="md" padding="md">
            <Tabs defaultValue={r.differing.length ? 'differing' : r.onlyInLindung.length ? 'lindung' : r.onlyInBranch.length ? 'branch' : 'matching'}>
              <Tabs.List>
                <Tabs.Tab
                  value="differing"
                  rightSection={
                    <Badge size="sm" color="yellow" variant="light">
                      {r.differing.length}
                    </Badge>
                  }
                >
                  {t('enrolment.differing')}
                </Tabs.Tab>
                <Tabs.Tab
                  value="lindung"
                  rightSection={
                    <Badge size="sm" color="red" variant="light">
                      {r.onlyInLindung.length}
                    </Badge>
                  }
                >
                  {t('enrolment.onlyInLindung')}
                </Tabs.Tab>
                <Tabs.Tab
                  value="branch"
                  rightSection={
                    <Badge size="sm" color="grape" variant="light">
                      {r.onlyInBranch.length}
                    </Badge>
                  }
                >
                  {t('enrolment.onlyInBranch')}
                </Tabs.Tab>
                <Tabs.Tab
                  value="matching"
                  rightSection={
                    <Badge size="sm" color="teal" variant="light">
                      {r.matching.length}
                    </Badge>
                  }
                >
                  {t('enrolment.matching')}
                </Tabs.Tab>
                {r.unreadable.length > 0 && (
                  <Tabs.Tab
                    value="unreadable"
                    rightSection={
                      <Badge size="sm" color="gray" variant="light">
                        {r.unreadable.length}
                      </Badge>
                    }
                  >
                    {t('enrolment.unreadable')}
                  </Tabs.Tab>
                )}
              </Tabs.List>
              <Tabs.Panel value="differing" pt="md">
                <Text size="sm" c="dimmed" mb="xs">
                  {t('enrolment.differingHint')}
                </Text>
                <DifferingTable rows={r.differing} />
              </Tabs.Panel>
              <Tabs.Panel value="lindung" pt="md">
                <Text size="sm" c="dimmed" mb="xs">
                  {t('enrolment.onlyInLindungHint')}
                </Text>
                <LindungTable rows={r.onlyInLindung} />
              </Tabs.Panel>
              <Tabs.Panel value="branch" pt="md">
                <Text size="sm" c="dimmed" mb="xs">
                  {t('enrolment.onlyInBranchHint')}
                </Text>
                <BranchTable rows={r.onlyInBranch} />
              </Tabs.Panel>
              <Tabs.Panel value="matching" pt="md">
                <LindungTable rows={r.matching.map((m) => m.lindung)} />
              </Tabs.Panel>
              <Tabs.Panel value="unreadable" pt="md">
                <FileIssuesTable issues={r.unreadable} />
              </Tabs.Panel>
            </Tabs>
          </Card>
        </>
      )}
    </Stack>
  );
}
