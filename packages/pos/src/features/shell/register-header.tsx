import type { RegisterSession, StoreStatus } from '@kassa/contracts';
import { SessionHeader } from '@kassa/web-kit/session/session-header.tsx';
import { useTranslation } from 'react-i18next';

/** Who works where: the store, the register and the associate, with the language and Sign out. */
export function RegisterHeader({
  session,
  status,
}: {
  session: RegisterSession;
  status: StoreStatus | undefined;
}) {
  const { t } = useTranslation();
  const storeName = status?.store.name;
  return (
    <SessionHeader
      facts={[
        { term: t('header.store'), value: storeName ? `${session.storeId} ${storeName}` : session.storeId },
        { term: t('header.register'), value: session.registerId },
        { term: t('header.associate'), value: session.name },
      ]}
      texts={{
        facts: t('header.label'),
        language: t('header.language'),
        signOut: t('header.signOut'),
        signingOut: t('header.signingOut'),
      }}
    />
  );
}
