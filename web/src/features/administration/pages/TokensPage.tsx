/** One's own API tokens: create (shown once), list, revoke. */
import { useState } from 'react';
import { Alert, Badge, Button, Group, Stack, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { useCreateToken, useRevokeToken, useTokens } from '../api/admin-api.ts';
import { SecretModal } from '../components/OneTimePasswordModal.tsx';
import { ActionsHeader } from '../../../components/ActionsHeader.tsx';
import { confirmAction } from '../../../lib/confirm.tsx';
import { EmptyState, focusForm } from '../../../components/EmptyState.tsx';

export default function TokensPage() {
  const { t } = useTranslation();
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const items = tokens.data?.items ?? [];
  return (
    <Stack gap="lg">
      <PageHeader title={t('administration.tokens')} subtitle={t('administration.tokensSubtitle')} />
      {create.error && (
        <Alert color="red" role="alert">
          {create.error.message}
        </Alert>
      )}
      <Group align="flex-end" id="new-token">
        <TextInput label={t('administration.tokenName')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Button
          loading={create.isPending}
          onClick={() =>
            create.mutate(name.trim(), {
              onSuccess: (r) => {
                setName('');
                setSecret(r.token);
              },
            })
          }
        >
          {t('administration.createToken')}
        </Button>
      </Group>
      {tokens.error ? (
        <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={t('empty.tokens.title')}
          hint={t('empty.tokens.hint')}
          steps={[{ label: t('empty.tokens.create'), onClick: () => focusForm('new-token') }]}
        />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('administration.tokenName')}</Table.Th>
                <Table.Th>{t('administration.created')}</Table.Th>
                <Table.Th>{t('administration.lastUsed')}</Table.Th>
                <Table.Th>{t('administration.status')}</Table.Th>
                <ActionsHeader />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((tk) => (
                <Table.Tr key={tk.id}>
                  <Table.Td>{tk.name}</Table.Td>
                  <Table.Td>{formatDateTime(tk.created_at)}</Table.Td>
                  <Table.Td>{tk.last_used_at ? formatDateTime(tk.last_used_at) : t('administration.never')}</Table.Td>
                  <Table.Td>
                    {tk.revoked_at ? (
                      <Badge color="gray" variant="light">
                        {t('administration.revoked')}
                      </Badge>
                    ) : (
                      <Badge color="teal" variant="light">
                        {t('administration.active')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {!tk.revoked_at && (
                      <Button
                        size="compact-xs"
                        color="red"
                        variant="subtle"
                        onClick={() =>
                          confirmAction({
                            title: t('administration.confirmRevokeTitle', { name: tk.name }),
                            body: t('administration.confirmRevoke'),
                            confirm: t('administration.revoke'),
                            danger: true,
                            onConfirm: () =>
                              revoke.mutate(tk.id, { onSuccess: () => notifySuccess(t('administration.tokenRevoked')), onError: (e) => notifyError(e) }),
                          })
                        }
                      >
                        {t('administration.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SecretModal title={t('administration.createToken')} text={t('administration.tokenShown')} secret={secret} onClose={() => setSecret(null)} />
    </Stack>
  );
}
