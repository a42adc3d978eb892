import type { StagedTransaction } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useAction } from '@kassa/web-kit/api/use-action.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link.tsx';
import page from '../../layout/settings-page.module.css';
import { useServices } from '../../services.tsx';
import { batchRunError, batchRunResult, useRunBatchJob } from '../batch-jobs/batch-jobs.ts';
import jobs from '../jobs/jobs.module.css';
import { correctionError } from './correction-error.ts';
import { PayloadCorrectionForm } from './payload-correction-form.tsx';
import styles from './staged-transaction.module.css';
import { payloadText, STAGED_TRANSACTIONS_KEY, stagedTransactionPath } from './staged-transaction.ts';

/**
 * One staged transaction (R-ASY-4): what it is, where it stands and why it failed, and what can be done:
 * a failed one is synchronized again as it is (its cause went away) or opened for correction; one being
 * edited gets its payload corrected; a pending one waits for Synchronize orders, which can run now; a
 * succeeded one names its sales order.
 */
export function StagedTransactionScreen({ transactionId }: { transactionId: string }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const format = useFormat();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const actionsId = useId();
  const key = [...STAGED_TRANSACTIONS_KEY, 'one', transactionId];
  const transaction = useQuery<StagedTransaction, ApiError>({
    queryKey: key,
    queryFn: () => api.get(stagedTransactionPath(transactionId)),
  });
  const salesOrderId = transaction.data?.salesOrderId;
  const salesOrder = useQuery<{ number: string }, ApiError>({
    queryKey: [...STAGED_TRANSACTIONS_KEY, 'sales-order', salesOrderId],
    enabled: typeof salesOrderId === 'string',
    queryFn: () => api.get(`/orders/${encodeURIComponent(salesOrderId ?? '')}`),
  });
  // HQ answers the transaction as it is after the move: shown at once, and the lists refresh.
  const moved = (saved: StagedTransaction) => {
    queryClient.setQueryData(key, saved);
    return queryClient.invalidateQueries({ queryKey: [...STAGED_TRANSACTIONS_KEY, 'list'] });
  };
  const open = useAction(
    (_: null, idempotencyKey) =>
      api.post<StagedTransaction>(`${stagedTransactionPath(transactionId)}/edit`, {}, idempotencyKey),
    { onSuccess: moved },
  );
  const retry = useAction(
    (_: null, idempotencyKey) =>
      api.post<StagedTransaction>(`${stagedTransactionPath(transactionId)}/retry`, {}, idempotencyKey),
    { onSuccess: moved },
  );
  const synchronize = useRunBatchJob('synchronize-orders');
  const refused = open.error ?? retry.error;
  const data = transaction.data;

  return (
    <main className={page.screen}>
      <p>
        <AppLink href="/staged-transactions">{t('staged.back')}</AppLink>
      </p>
      <h1>{t('staged.one.heading', { confirmationNumber: data?.confirmationNumber ?? transactionId })}</h1>
      {transaction.error ? <FormError>{errorText(transaction.error)}</FormError> : null}
      {transaction.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {data ? (
        <>
          <dl className={styles.facts} aria-label={t('staged.one.facts')}>
            <Fact label={t('staged.store')} value={data.storeId} />
            <Fact label={t('staged.sequence')} value={String(data.sequence)} />
            <Fact label={t('staged.kind')} value={t(`staged.kinds.${data.kind}`)} />
            <Fact label={t('staged.confirmationNumber')} value={data.confirmationNumber} />
            <Fact label={t('staged.one.orderId')} value={data.orderId} />
            <Fact label={t('staged.status')} value={t(`staged.statuses.${data.status}`)} />
            {data.salesOrderId ? (
              <Fact
                label={t('staged.one.salesOrder')}
                value={
                  <AppLink href={`/orders/${encodeURIComponent(data.salesOrderId)}`}>
                    {salesOrder.data?.number ?? data.salesOrderId}
                  </AppLink>
                }
              />
            ) : null}
            <Fact label={t('staged.one.transactionId')} value={data.transactionId} />
            <Fact label={t('staged.one.staged')} value={format.instant(data.stagedAt)} />
            <Fact label={t('staged.updated')} value={format.instant(data.updatedAt)} />
          </dl>
          {data.reason ? (
            <p className={styles.reason}>
              <strong>{t('staged.one.reason')}</strong> {data.reason}
            </p>
          ) : null}

          <section className={jobs.section} aria-labelledby={actionsId}>
            <h2 id={actionsId}>{t(`staged.one.next.${data.status}`)}</h2>
            {refused ? <FormError>{correctionError(t, refused)}</FormError> : null}
            {data.status === 'failed' ? (
              <div className={styles.actions}>
                <Button disabled={open.isPending || retry.isPending} onClick={() => open.mutate(null)}>
                  {t('staged.one.correct')}
                </Button>
                <Button
                  variant="secondary"
                  disabled={open.isPending || retry.isPending}
                  onClick={() => retry.mutate(null)}
                >
                  {t('staged.one.retry')}
                </Button>
              </div>
            ) : null}
            {data.status === 'editing' ? (
              <PayloadCorrectionForm key={data.updatedAt} transaction={data} onSaved={moved} />
            ) : null}
            {data.status === 'pending' ? (
              <div className={styles.actions}>
                <Button disabled={synchronize.isPending} onClick={() => synchronize.mutate(null)}>
                  {synchronize.isPending ? t('staged.one.synchronizing') : t('staged.one.synchronize')}
                </Button>
              </div>
            ) : null}
            {synchronize.error ? (
              <FormError>{batchRunError(t, 'synchronize-orders', synchronize.error, errorText)}</FormError>
            ) : null}
            {synchronize.data?.map((run) => (
              <p key={run.id} role="status" className={run.status === 'failed' ? jobs.failed : undefined}>
                {t('staged.one.synchronized', { result: batchRunResult(t, run) })}
              </p>
            ))}
          </section>

          {data.status !== 'editing' ? (
            <details className={styles.sent}>
              <summary>{t('staged.one.payload')}</summary>
              <pre>{payloadText(data.payload)}</pre>
            </details>
          ) : null}
        </>
      ) : null}
    </main>
  );
}

function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
