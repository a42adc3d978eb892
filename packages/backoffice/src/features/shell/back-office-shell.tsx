import type { Company, Session } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { LanguageSwitch } from '@kassa/web-kit/components/language-switch.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTIONS, type Section } from '../../navigation/sections.tsx';
import { useServices } from '../../services.tsx';
import styles from './back-office-shell.module.css';
import { SectionLink } from './section-link.tsx';

/**
 * Around every screen of a signed-in head-office user: HQ's company, who is signed in, the language and
 * Sign out, and the navigation to every section.
 */
export function BackOfficeShell({
  session,
  current,
  children,
}: {
  session: Session;
  current: Section | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { api, session: sessions } = useServices();
  const errorText = useErrorText();
  const company = useQuery({ queryKey: ['company'], queryFn: () => api.get<Company>('/company') });
  // HQ ends the session; only once it has may the browser forget it.
  const signOut = useMutation<void, ApiError>({
    mutationFn: () => api.delete('/sessions/current'),
    onSuccess: () => sessions.signedOut(),
  });
  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <p className={styles.brand}>
          <span className={styles.company}>{company.data?.name ?? t('shell.headOffice')}</span>
          <span className={styles.product}>{t('shell.backOffice')}</span>
        </p>
        <dl className={styles.facts} aria-label={t('shell.signedIn')}>
          <div>
            <dt>{t('shell.user')}</dt>
            <dd>
              {session.name} ({session.staffId})
            </dd>
          </div>
        </dl>
        <div className={styles.actions}>
          <LanguageSwitch label={t('shell.language')} />
          <Button variant="secondary" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
            {signOut.isPending ? t('shell.signingOut') : t('shell.signOut')}
          </Button>
        </div>
        {signOut.error ? <FormError>{errorText(signOut.error)}</FormError> : null}
      </header>
      <nav className={styles.navigation} aria-label={t('shell.navigation')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.routes[0].path}>
              <SectionLink section={section} current={section === current} className={styles.link} />
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.content}>{children}</div>
    </div>
  );
}
