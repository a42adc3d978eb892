import type { DistributionJobId, DistributionRuns } from '@kassa/contracts';
import { useAction } from '@kassa/web-kit/api/use-action.ts';
import type { ButtonProps } from '@kassa/web-kit/components/button.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import {
  DISTRIBUTION_RUNS_KEY,
  DISTRIBUTION_SCHEDULES_KEY,
  runResult,
} from '../distribution-schedule/distribution-jobs.ts';
import { RunNow } from '../jobs/run-now.tsx';

/**
 * Runs a distribution job now for every store, showing per store how the run ended (applied up to which
 * change, or failed with the reason), and refreshes the runs and schedules (its last start) HQ lists.
 */
export function RunDistributionJob({
  job,
  variant,
}: {
  job: DistributionJobId;
  variant?: ButtonProps['variant'] | undefined;
}) {
  const { t } = useTranslation();
  const { api } = useServices();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const run = useAction((_: null, key) => api.post<DistributionRuns>(`/distribution/${job}/run`, {}, key), {
    onSuccess: () =>
      Promise.all(
        [DISTRIBUTION_RUNS_KEY, DISTRIBUTION_SCHEDULES_KEY].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
  return (
    <RunNow
      run={run}
      rows={({ runs }) =>
        runs.map((storeRun) => ({
          id: storeRun.id,
          store: storeRun.storeId,
          result: runResult(t, storeRun),
          failed: storeRun.status === 'failed',
          finishedAt: storeRun.finishedAt,
        }))
      }
      errorText={errorText}
      texts={{
        runNow: t('distribution.runNow', { job }),
        running: t('distribution.running', { job }),
        outcome: t('distribution.outcome', { job }),
        store: t('distribution.store'),
        result: t('distribution.result'),
        finished: t('distribution.finishedAt'),
      }}
      variant={variant}
    />
  );
}
