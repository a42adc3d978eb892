import type { Session } from '@kassa/contracts';
import { sessionStore } from '@kassa/web-kit/session/session-store.ts';
import { startApp } from '@kassa/web-kit/start-app.tsx';
import { QueryClient } from '@tanstack/react-query';
import { CurrentScreen } from './current-screen.tsx';
import { BACK_OFFICE_TRANSLATIONS } from './i18n/translations.ts';
import { ServicesProvider } from './services.tsx';
// After the screens' styles, so that the theme's focus ring wins over theirs.
import '@kassa/web-kit/theme.css';

// Its own key: the POS, served by a store on another origin, never shares it, but a proxy might.
const session = sessionStore<Session>(sessionStorage, 'kassa.backOfficeSession');

startApp({
  session,
  translations: BACK_OFFICE_TRANSLATIONS,
  queryClient: new QueryClient({ defaultOptions: { queries: { retry: 1 } } }),
  app: (api) => (
    <ServicesProvider services={{ api, session }}>
      <CurrentScreen />
    </ServicesProvider>
  ),
});
