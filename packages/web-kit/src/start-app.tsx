import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { type ApiClient, apiClient } from './api/api-client.ts';
import { chosenLanguage, createI18n, rememberLanguage, type Translations } from './i18n/languages.ts';
import type { SessionStore } from './session/session-store.ts';

/**
 * Starts an app in index.html's #root with what its screens depend on: server state, the language and the
 * API of the server that serves it (`/api`), which signs the session out when the server ends it.
 */
export function startApp<Session>({
  session,
  translations,
  queryClient,
  app,
}: {
  readonly session: SessionStore<Session & { readonly token: string }>;
  readonly translations: Translations;
  readonly queryClient: QueryClient;
  /** The app's screens, given the API client. */
  readonly app: (api: ApiClient) => ReactNode;
}): void {
  const api = apiClient({
    baseUrl: '/api',
    token: () => session.get().session?.token,
    onSessionEnded: () => session.signedOut({ ended: true }),
  });
  // What one user's session loaded is not the next one's to see.
  session.subscribe(() => {
    if (!session.get().session) queryClient.clear();
  });

  const i18n = createI18n(chosenLanguage(localStorage, navigator.languages), translations);
  rememberLanguage(i18n, localStorage, document.documentElement);

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>{app(api)}</I18nextProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
