import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack align="center" py="xl" gap="sm">
      <Title order={1} size="h3">
        {t('app.notFound')}
      </Title>
      <Text c="dimmed">404</Text>
      <Button component={Link} to="/perjanjian" variant="light">
        {t('nav.agreements')}
      </Button>
    </Stack>
  );
}
