import type { JobSchedule } from '@kassa/contracts';
import { type ApiError, errorsByField } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import { INTERVAL_LIMITS, intervalParts, intervalText, parseInterval } from './job-schedule.ts';
import styles from './jobs.module.css';

const FIELDS = ['intervalSeconds', 'enabled'] as const;

/**
 * A job's schedule (decision 0009): how it stands (when it last started, when it runs next) and the form
 * that changes it. `path` is where the family's schedules live (`/distribution/schedules`); a PUT replaces
 * the job's schedule whole, so it needs no idempotency key. `listKey` is the query holding the family's
 * schedules, updated with what HQ saved.
 */
export function ScheduleForm({
  path,
  listKey,
  schedule,
  jobName,
}: {
  path: string;
  listKey: readonly unknown[];
  schedule: JobSchedule;
  jobName: string;
}) {
  const { t } = useTranslation();
  const { api } = useServices();
  const format = useFormat();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [interval, setIntervalText] = useState(intervalText(schedule.intervalSeconds));
  const [enabled, setEnabled] = useState(schedule.enabled);
  const [invalid, setInvalid] = useState(false);
  const save = useMutation<JobSchedule, ApiError, { intervalSeconds: number | null; enabled: boolean }>({
    mutationFn: (body) => api.put(`${path}/${encodeURIComponent(schedule.job)}`, body),
    onSuccess: (saved) =>
      queryClient.setQueryData<{ schedules: JobSchedule[] }>(listKey, (list) =>
        list ? { schedules: list.schedules.map((each) => (each.job === saved.job ? saved : each)) } : list,
      ),
  });
  const refused = errorsByField(save.error, FIELDS);
  const elsewhere = save.error && Object.keys(refused).length === 0 ? save.error : undefined;
  // HQ refuses an interval for one reason only, its range: said the same way as the form says it.
  const intervalError =
    invalid || refused.intervalSeconds ? t('jobs.schedule.invalidInterval', INTERVAL_LIMITS) : undefined;

  const runs = !schedule.enabled
    ? t('jobs.schedule.paused')
    : schedule.intervalSeconds === null
      ? t('jobs.schedule.manualOnly')
      : t(`jobs.schedule.every.${intervalParts(schedule.intervalSeconds).unit}`, {
          count: intervalParts(schedule.intervalSeconds).count,
        });

  return (
    <form
      className={styles.schedule}
      aria-label={t('jobs.schedule.label', { job: jobName })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const seconds = parseInterval(interval);
        setInvalid(seconds === undefined);
        if (seconds === undefined) return;
        save.mutate({ intervalSeconds: seconds, enabled });
      }}
    >
      <dl className={styles.facts}>
        <div>
          <dt>{t('jobs.schedule.runs')}</dt>
          <dd>{runs}</dd>
        </div>
        <div>
          <dt>{t('jobs.schedule.lastStarted')}</dt>
          <dd>
            {schedule.lastStartedAt ? format.instant(schedule.lastStartedAt) : t('jobs.schedule.never')}
          </dd>
        </div>
        <div>
          <dt>{t('jobs.schedule.nextRun')}</dt>
          <dd>{schedule.nextRunAt ? format.instant(schedule.nextRunAt) : t('jobs.schedule.noNextRun')}</dd>
        </div>
      </dl>
      {elsewhere ? <FormError>{errorText(elsewhere)}</FormError> : null}
      <div className={styles.scheduleFields}>
        <TextField
          label={t('jobs.schedule.interval')}
          inputMode="numeric"
          placeholder={t('jobs.schedule.intervalPlaceholder')}
          value={interval}
          onChange={(value) => {
            setIntervalText(value);
            setInvalid(false);
            save.reset();
          }}
          error={intervalError}
        />
        <SelectField
          label={t('jobs.schedule.enabled')}
          value={enabled ? 'on' : 'off'}
          onChange={(value) => {
            setEnabled(value === 'on');
            save.reset();
          }}
          options={[
            { value: 'on', label: t('jobs.schedule.on') },
            { value: 'off', label: t('jobs.schedule.off') },
          ]}
          error={refused.enabled ? errorText(refused.enabled as ApiError) : undefined}
        />
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('jobs.schedule.save')}
        </Button>
      </div>
      {save.isSuccess ? (
        <p role="status" className={styles.saved}>
          {t('jobs.schedule.saved', { job: jobName })}
        </p>
      ) : null}
    </form>
  );
}
