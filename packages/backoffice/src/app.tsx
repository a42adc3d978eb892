import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { CurrentScreen } from './current-screen.tsx';
import { type Services, ServicesProvider } from './services.tsx';

/** The back office with what it depends on: server state, the language, HQ's API and the session. */
export function App({
  services,
  i18n,
  queryClient,
}: {
  services: Services;
  i18n: i18n;
  queryClient: QueryClient;
}) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>
          <ServicesProvider services={services}>
            <CurrentScreen />
          </ServicesProvider>
        </I18nextProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}
