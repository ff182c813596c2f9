import { Alert, Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertCircle, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../components/LanguageSwitch.tsx';
import { useSelfCheck } from '../api/self-check.ts';
import { SelfCheckForm } from '../components/SelfCheckForm.tsx';
import { SelfCheckResult } from '../components/SelfCheckResult.tsx';

/** "Cek perlindungan saya": public (no sign-in), phone first; also reached from the card's QR page. */
export default function SelfCheckPage() {
  const { t } = useTranslation();
  const check = useSelfCheck();
  return (
    <Center mih="100vh" p="md" bg="gray.0" style={{ alignItems: 'flex-start' }}>
      <Box w="100%" maw={480}>
        <Group justify="flex-end" mb="sm">
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <Stack gap="lg">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon size={44} radius="md">
                <IconShieldCheck size={26} />
              </ThemeIcon>
              <div>
                <Title order={1} size="h3">
                  {t('selfCheck.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('selfCheck.subtitle')}
                </Text>
              </div>
            </Group>
            {check.data ? (
              <SelfCheckResult a={check.data} onAgain={() => check.reset()} />
            ) : (
              <>
                {check.error && (
                  <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
                    {check.error.message}
                  </Alert>
                )}
                <SelfCheckForm onSubmit={(q) => check.mutate(q)} pending={check.isPending} />
                <Text size="xs" c="dimmed">
                  {t('selfCheck.privacy')}
                </Text>
              </>
            )}
          </Stack>
        </Paper>
      </Box>
    </Center>
  );
}
