import type { Company, Session } from '@kassa/contracts';
import { SessionHeader } from '@kassa/web-kit/session/session-header.tsx';
import { useQuery } from '@tanstack/react-query';
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
  const { api } = useServices();
  const company = useQuery({ queryKey: ['company'], queryFn: () => api.get<Company>('/company') });
  return (
    <div className={styles.shell}>
      <SessionHeader
        className={styles.header}
        brand={
          <p className={styles.brand}>
            <span className={styles.company}>{company.data?.name ?? t('shell.headOffice')}</span>
            <span className={styles.product}>{t('shell.backOffice')}</span>
          </p>
        }
        facts={[{ term: t('shell.user'), value: `${session.name} (${session.staffId})` }]}
        texts={{
          facts: t('shell.signedIn'),
          language: t('shell.language'),
          signOut: t('shell.signOut'),
          signingOut: t('shell.signingOut'),
        }}
      />
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
