import type { Session } from '@kassa/contracts';
import { apiClient } from '@kassa/web-kit/api/api-client.ts';
import { chosenLanguage, createI18n, rememberLanguage } from '@kassa/web-kit/i18n/languages.ts';
import { sessionStore } from '@kassa/web-kit/session/session-store.ts';
import { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { BACK_OFFICE_TRANSLATIONS } from './i18n/translations.ts';
import '@kassa/web-kit/theme.css';

// Its own key: the POS, served by a store on another origin, never shares it, but a proxy might.
const session = sessionStore<Session>(sessionStorage, 'kassa.backOfficeSession');
const api = apiClient({
  baseUrl: '/api',
  token: () => session.get().session?.token,
  onSessionEnded: () => session.signedOut({ ended: true }),
});
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
// What one user's session loaded is not the next one's to see.
session.subscribe(() => {
  if (!session.get().session) queryClient.clear();
});

const i18n = createI18n(chosenLanguage(localStorage, navigator.languages), BACK_OFFICE_TRANSLATIONS);
rememberLanguage(i18n, localStorage, document.documentElement);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(<App services={{ api, session }} i18n={i18n} queryClient={queryClient} />);
