import type { RegisterSession, StoreStatus } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { LanguageSwitch } from '@kassa/web-kit/components/language-switch.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import styles from './register-header.module.css';

/** Who works where: the store, the register and the associate, with the language and Sign out. */
export function RegisterHeader({
  session,
  status,
}: {
  session: RegisterSession;
  status: StoreStatus | undefined;
}) {
  const { t } = useTranslation();
  const { api, session: sessions } = useServices();
  const errorText = useErrorText();
  // The store ends the session; only once it has may the register forget it.
  const signOut = useMutation<void, ApiError>({
    mutationFn: () => api.delete('/sessions/current'),
    onSuccess: () => sessions.signedOut(),
  });
  const storeName = status?.store.name;
  return (
    <header className={styles.header}>
      <dl className={styles.facts} aria-label={t('header.label')}>
        <div>
          <dt>{t('header.store')}</dt>
          <dd>{storeName ? `${session.storeId} ${storeName}` : session.storeId}</dd>
        </div>
        <div>
          <dt>{t('header.register')}</dt>
          <dd>{session.registerId}</dd>
        </div>
        <div>
          <dt>{t('header.associate')}</dt>
          <dd>{session.name}</dd>
        </div>
      </dl>
      <div className={styles.actions}>
        <LanguageSwitch label={t('header.language')} />
        <Button variant="secondary" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
          {signOut.isPending ? t('header.signingOut') : t('header.signOut')}
        </Button>
      </div>
      {signOut.error ? <FormError>{errorText(signOut.error)}</FormError> : null}
    </header>
  );
}
