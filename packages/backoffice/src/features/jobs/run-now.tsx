import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button, type ButtonProps } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import type { UseMutationResult } from '@tanstack/react-query';
import styles from './jobs.module.css';

/** One run a job's Run now answered, as the outcome table shows it. */
export interface RunRow {
  readonly id: string;
  readonly store: string;
  /** How it ended, in the job's own words. */
  readonly result: string;
  readonly failed: boolean;
  readonly finishedAt: string;
}

/** What Run now and its outcome say, already in the user's language. */
export interface RunNowTexts {
  readonly runNow: string;
  readonly running: string;
  readonly outcome: string;
  readonly store: string;
  readonly result: string;
  readonly finished: string;
}

/** Run now for a job (HQ answers 409 while it runs already), then why it was refused or how each run ended. */
export function RunNow<Runs>({
  run,
  rows,
  errorText,
  texts,
  variant = 'primary',
}: {
  run: UseMutationResult<Runs, ApiError, null>;
  rows: (runs: Runs) => readonly RunRow[];
  errorText: (error: ApiError) => string;
  texts: RunNowTexts;
  variant?: ButtonProps['variant'] | undefined;
}) {
  const format = useFormat();
  return (
    <>
      <Button variant={variant} disabled={run.isPending} onClick={() => run.mutate(null)}>
        {run.isPending ? texts.running : texts.runNow}
      </Button>
      {run.error ? <FormError>{errorText(run.error)}</FormError> : null}
      {run.data ? (
        <table className={styles.table} aria-label={texts.outcome}>
          <thead>
            <tr>
              <th scope="col">{texts.store}</th>
              <th scope="col">{texts.result}</th>
              <th scope="col">{texts.finished}</th>
            </tr>
          </thead>
          <tbody>
            {rows(run.data).map((row) => (
              <tr key={row.id}>
                <td>{row.store}</td>
                <td className={row.failed ? styles.failed : undefined}>{row.result}</td>
                <td>{format.instant(row.finishedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
