import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/Section.tsx';
import type { ChecklistItem, Claim } from '../api/types.ts';
import { acceptsDocuments } from '../utils/labels.ts';
import { DocumentUpload } from './DocumentUpload.tsx';
import { UploadedDocuments } from './UploadedDocuments.tsx';

function ChecklistBadge({ item }: { item: ChecklistItem }) {
  const { t } = useTranslation();
  if (item.uploaded)
    return (
      <Badge color="teal" variant="light" miw={90} style={{ flexShrink: 0 }}>
        {t('claims.detail.documents.uploaded')}
      </Badge>
    );
  return (
    <Badge color={item.required ? 'red' : 'gray'} variant="light" miw={90} style={{ flexShrink: 0 }}>
      {t(item.required ? 'claims.detail.documents.required' : 'claims.detail.documents.optional')}
    </Badge>
  );
}

/** The checklist of the claim's type (with an upload per missing item for filers) and the files uploaded so far. */
export function DocumentsCard({ claim: c, canUpload }: { claim: Claim; canUpload: boolean }) {
  const { t } = useTranslation();
  const missing = c.checklist.filter((d) => d.required && !d.uploaded);
  const uploading = canUpload && acceptsDocuments(c.status);
  return (
    <Section title={t('claims.detail.documents.title')} hint={t('claims.detail.documents.hint')} testId="claim-checklist">
      <Stack gap="md">
        {c.status === 'submitted' && missing.length > 0 && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('claims.detail.documents.missing', { count: missing.length })}>
            <Text size="sm">{missing.map((d) => d.label).join('; ')}</Text>
          </Alert>
        )}
        <Stack gap={6}>
          {c.checklist.map((d) => (
            <Group key={d.code} gap="sm" wrap="nowrap" align="center">
              <ChecklistBadge item={d} />
              <Text size="sm" style={{ flex: 1 }}>
                {d.label}
              </Text>
              {uploading && <DocumentUpload key={`${d.code}-${d.uploaded}`} claimId={c.id} code={d.code} more={d.uploaded} />}
            </Group>
          ))}
        </Stack>
        <Title order={4} size="h6">
          {t('claims.detail.documents.files')}
        </Title>
        <UploadedDocuments claim={c} />
      </Stack>
    </Section>
  );
}
