import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

/** The API's Bahasa message of a failed write, or nothing. */
export function MutationError({ error }: { error: Error | null }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
      {error.message}
    </Alert>
  );
}
