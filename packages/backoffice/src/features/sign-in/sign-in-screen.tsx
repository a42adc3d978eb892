import { SignInScreen as SharedSignInScreen } from '@kassa/web-kit/sign-in/sign-in-screen.tsx';
import { useTranslation } from 'react-i18next';

/** R-SEC-1 at HQ: it lets in only those whose groups grant the back office. */
export function SignInScreen({ ended }: { ended: boolean }) {
  const { t } = useTranslation();
  return (
    <SharedSignInScreen
      ended={ended}
      texts={t('signIn', { returnObjects: true })}
      languageLabel={t('shell.language')}
      initial={() => ({ staffId: '', password: '' })}
    />
  );
}
