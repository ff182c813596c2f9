import { Alert, Button, Code, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shows a one-time password (or token) once, with who it is for. */
export function SecretModal({ title, text, secret, onClose }: { title: string; text: string; secret: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={secret !== null} onClose={onClose} title={title} centered>
      <Stack>
        <Text size="sm">{text}</Text>
        <Alert color="yellow" variant="light">
          <Code fz="lg" data-testid="secret">
            {secret}
          </Code>
        </Alert>
        <Button onClick={onClose}>{t('administration.close')}</Button>
      </Stack>
    </Modal>
  );
}
