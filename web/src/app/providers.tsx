import { type ReactNode, useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { ModalsProvider } from '@mantine/modals';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from '../lib/api-client.ts';
import { ME_KEY } from '../lib/auth.ts';
import i18n from '../i18n/index.ts';
import { cssVariablesResolver, theme } from './theme.ts';
import { DatesLocale } from './DatesLocale.tsx';

function createQueryClient(): QueryClient {
  // An expired session anywhere sends the user back to the sign-in page.
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) client.setQueryData(ME_KEY, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
  // Server texts (labels, deadlines, notes) come in the request's language: read them again on a switch.
  i18n.on('languageChanged', () => void client.invalidateQueries());
  return client;
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <DatesLocale>
        <ModalsProvider>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </ModalsProvider>
      </DatesLocale>
    </MantineProvider>
  );
}
