/**
 * A confirmation dialog that names what will happen before an action that cannot be taken back
 * (submit, verify, approve, reject, pay, deactivate): "Ajukan 3 peserta ke BPJS?" with the action's own button.
 */
import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import i18n from '../i18n/index.ts';

export function confirmAction(options: { title: string; body: ReactNode; confirm: string; danger?: boolean; onConfirm: () => void }): void {
  modals.openConfirmModal({
    title: options.title,
    centered: true,
    children: typeof options.body === 'string' ? <Text size="sm">{options.body}</Text> : options.body,
    labels: { confirm: options.confirm, cancel: i18n.t('app.cancel') },
    confirmProps: { color: options.danger ? 'red' : undefined, 'data-testid': 'confirm-action' } as Record<string, unknown>,
    onConfirm: options.onConfirm,
  });
}
