import { apiClient } from '@kassa/web-kit/api/api-client.ts';
import { chosenLanguage, createI18n, rememberLanguage } from '@kassa/web-kit/i18n/languages.ts';
import { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { POS_TRANSLATIONS } from './i18n/translations.ts';
import { sessionStore } from './session/session-store.ts';
import '@kassa/web-kit/theme.css';

const session = sessionStore({ session: sessionStorage, local: localStorage });
const api = apiClient({
  baseUrl: '/api',
  token: () => session.get().session?.token,
  onSessionEnded: () => session.signedOut({ ended: true }),
});
const queryClient = new QueryClient();
// What one associate's session loaded is not the next one's to see.
session.subscribe(() => {
  if (!session.get().session) queryClient.clear();
});

const i18n = createI18n(chosenLanguage(localStorage, navigator.languages), POS_TRANSLATIONS);
rememberLanguage(i18n, localStorage, document.documentElement);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(<App services={{ api, session }} i18n={i18n} queryClient={queryClient} />);
