import type { DistributionJobId } from '@kassa/contracts';
import type { ReactNode } from 'react';
import { RunJobPanel } from '../features/distribution/run-job-panel.tsx';
import styles from '../layout/settings-page.module.css';
import { AppLink } from './app-link.tsx';
import own from './master-data.module.css';

/**
 * The frame of every master-data screen, list or form: where it goes back to, its heading and what it is
 * for, and, when the stores get its changes through a distribution job (SPEC §1), that job's note and
 * button. Without `job`, what is changed there counts at once (stock is HQ's).
 */
export function MasterDataScreen({
  heading,
  intro,
  back,
  job,
  children,
}: {
  heading: string;
  intro?: string | undefined;
  back?: { readonly href: string; readonly label: string } | undefined;
  job?: DistributionJobId | undefined;
  children: ReactNode;
}) {
  return (
    <main className={styles.screen}>
      {back ? (
        <AppLink href={back.href} className={own.back}>
          ← {back.label}
        </AppLink>
      ) : null}
      <h1>{heading}</h1>
      {intro ? <p className={styles.intro}>{intro}</p> : null}
      {children}
      {job ? <RunJobPanel job={job} /> : null}
    </main>
  );
}
