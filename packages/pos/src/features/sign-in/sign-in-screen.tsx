import { SignInScreen as SharedSignInScreen } from '@kassa/web-kit/sign-in/sign-in-screen.tsx';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';

/** R-SEC-1 at a register: besides who signs in, which register, remembered from the last sign-in here. */
export function SignInScreen({ ended }: { ended: boolean }) {
  const { t } = useTranslation();
  const { session } = useServices();
  return (
    <SharedSignInScreen
      ended={ended}
      texts={t('signIn', { returnObjects: true })}
      languageLabel={t('header.language')}
      initial={() => ({ staffId: '', password: '', registerId: session.lastRegisterId() })}
      extraFields={[{ name: 'registerId', label: t('signIn.registerId'), autoCapitalize: 'characters' }]}
    />
  );
}
