import type { JobSchedule } from '@kassa/contracts';
import type { QueryKey } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import styles from './jobs.module.css';
import { ScheduleForm } from './schedule-form.tsx';

/** One job, batch or distribution: what it does, its schedule (once HQ's is loaded), and Run now (`children`). */
export function JobCard({
  name,
  what,
  schedule,
  schedulesPath,
  schedulesKey,
  children,
}: {
  name: string;
  what: string;
  schedule: JobSchedule | undefined;
  /** Where HQ keeps the schedules of this kind of job, and the query that holds them. */
  schedulesPath: string;
  schedulesKey: QueryKey;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <p className={styles.what}>{what}</p>
      {schedule ? (
        <ScheduleForm path={schedulesPath} listKey={schedulesKey} schedule={schedule} jobName={name} />
      ) : null}
      <div className={styles.run}>{children}</div>
    </section>
  );
}
