/** Every terms version in order: when it applied, which amendment made it, and what changed. */
import { Badge, Group, Table, Text, Timeline } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../lib/format.ts';
import type { Amendment, TermsVersion } from '../api/types.ts';
import { fieldLabel } from '../utils/terms.ts';
import { ActionsHeader } from '../../../components/ActionsHeader.tsx';

function ChangesTable({ version }: { version: TermsVersion }) {
  const { t, i18n } = useTranslation();
  if (version.changes.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('agreement.noChanges')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table withTableBorder fz="sm" verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('agreement.term')}</Table.Th>
            <Table.Th>{t('agreement.before')}</Table.Th>
            <ActionsHeader />
            <Table.Th>{t('agreement.after')}</Table.Th>
            <Table.Th>{t('agreement.basis')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {version.changes.map((change) => (
            <Table.Tr key={change.path}>
              <Table.Td>{fieldLabel(change, i18n.language)}</Table.Td>
              <Table.Td c="dimmed">{change.before}</Table.Td>
              <Table.Td>
                <IconArrowRight size={14} />
              </Table.Td>
              <Table.Td fw={600}>{change.after}</Table.Td>
              <Table.Td>{change.basis}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function TermsHistory({ versions, amendments, currentId }: { versions: TermsVersion[]; amendments: Amendment[]; currentId: number | null }) {
  const { t } = useTranslation();
  return (
    <Timeline bulletSize={18} lineWidth={2} active={versions.findIndex((v) => v.id === currentId)}>
      {versions.map((version) => {
        const amendment = amendments.find((a) => a.id === version.amendmentId);
        const period = `${t('agreement.versionFrom', { from: formatDateId(version.effectiveFrom) })} ${
          version.effectiveUntil ? t('agreement.versionUntil', { until: formatDateId(version.effectiveUntil) }) : t('agreement.versionOpen')
        }`;
        return (
          <Timeline.Item
            key={version.id}
            data-testid="terms-version"
            title={
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {period}
                </Text>
                {version.id === currentId && (
                  <Badge size="xs" variant="light">
                    {t('status.active')}
                  </Badge>
                )}
              </Group>
            }
          >
            <Text size="sm" c="dimmed" mb="xs">
              {amendment
                ? t('agreement.byAmendment', { kind: t(`amendment.kinds.${amendment.kind}`).toLowerCase(), number: amendment.number })
                : t('agreement.original')}
            </Text>
            {(amendment || version.changes.length > 0) && <ChangesTable version={version} />}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
