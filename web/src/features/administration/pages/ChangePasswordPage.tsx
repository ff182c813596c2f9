/** Changing one's own password; required after signing in with a one-time password. */
import { Alert, Button, Paper, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useUser } from '../../../lib/auth.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { useChangePassword } from '../api/admin-api.ts';

export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const me = useUser();
  const change = useChangePassword();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: { repeat: (v, values) => (v === values.newPassword ? null : t('administration.mismatch')) },
  });
  const submit = form.onSubmit((v) => {
    change.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      {
        onSuccess: () => {
          notifySuccess(t('administration.passwordChanged'));
          void navigate('/', { replace: true });
        },
      },
    );
  });
  return (
    <Stack gap="lg" maw={480}>
      <PageHeader title={t('app.changePassword')} subtitle={t('administration.passwordSubtitle')} />
      {me.mustChangePassword && <Alert color="yellow">{t('administration.mustChange')}</Alert>}
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            {change.error && (
              <Alert color="red" role="alert">
                {change.error.message}
              </Alert>
            )}
            <PasswordInput label={t('administration.currentPassword')} autoComplete="current-password" {...form.getInputProps('currentPassword')} />
            <PasswordInput label={t('administration.newPassword')} autoComplete="new-password" {...form.getInputProps('newPassword')} />
            <PasswordInput label={t('administration.repeatPassword')} autoComplete="new-password" {...form.getInputProps('repeat')} />
            <Button type="submit" loading={change.isPending}>
              {t('app.changePassword')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
