import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconShieldCheck } from '@tabler/icons-react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogin, useMe } from '../../../lib/auth.ts';
import { LanguageSwitch } from '../../../components/LanguageSwitch.tsx';

/** Only same-site paths are followed after sign-in. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (v) => (v.trim() ? null : t('app.required')),
      password: (v) => (v ? null : t('app.required')),
    },
  });

  if (me.data) return <Navigate to={next} replace />;

  const submit = form.onSubmit((values) => {
    login.mutate({ username: values.username.trim(), password: values.password }, { onSuccess: () => void navigate(next, { replace: true }) });
  });

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Box w="100%" maw={420}>
        <Group justify="flex-end" mb="sm">
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="lg">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon size={44} radius="md">
                <IconShieldCheck size={26} />
              </ThemeIcon>
              <div>
                <Title order={1} size="h3">
                  {t('login.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('login.subtitle')}
                </Text>
              </div>
            </Group>
            {login.error && (
              <Alert color="red" icon={<IconAlertCircle size={18} />} title={t('login.failed')} role="alert">
                {login.error.message}
              </Alert>
            )}
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <TextInput label={t('login.username')} autoComplete="username" autoFocus {...form.getInputProps('username')} />
                <PasswordInput label={t('login.password')} autoComplete="current-password" {...form.getInputProps('password')} />
                <Button type="submit" fullWidth loading={login.isPending}>
                  {t('login.submit')}
                </Button>
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Box>
    </Center>
  );
}
