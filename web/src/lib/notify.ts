/** Short success and error notices in the corner of the screen. */
import { notifications } from '@mantine/notifications';
import i18n from '../i18n/index.ts';
import { ApiError } from './api-client.ts';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}

/** Shows the API's Bahasa message (error.message) or a generic one. */
export function notifyError(error: unknown, title?: string): void {
  const message = error instanceof ApiError || error instanceof Error ? error.message : i18n.t('app.loadFailed');
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}
