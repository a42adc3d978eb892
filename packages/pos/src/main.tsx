import { startApp } from '@kassa/web-kit/start-app.tsx';
import { QueryClient } from '@tanstack/react-query';
import { CurrentScreen } from './current-screen.tsx';
import { POS_TRANSLATIONS } from './i18n/translations.ts';
import { ServicesProvider } from './services.tsx';
import { sessionStore } from './session/session-store.ts';
// After the screens' styles, so that the theme's focus ring wins over theirs.
import '@kassa/web-kit/theme.css';

const session = sessionStore({ session: sessionStorage, local: localStorage });

startApp({
  session,
  translations: POS_TRANSLATIONS,
  queryClient: new QueryClient(),
  app: (api) => (
    <ServicesProvider services={{ api, session }}>
      <CurrentScreen />
    </ServicesProvider>
  ),
});
