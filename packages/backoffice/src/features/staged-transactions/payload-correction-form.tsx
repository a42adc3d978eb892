import type { StagedTransaction, StoreTransactionPayload } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import { correctionError } from './correction-error.ts';
import styles from './staged-transaction.module.css';
import { parsePayload, payloadText, stagedTransactionPath } from './staged-transaction.ts';

/**
 * The correction of a staged transaction open for editing (R-ASY-4): its payload as JSON, the request the
 * store would have sent HQ, edited and saved whole. Saving hands it back to Synchronize orders (Pending);
 * it keeps its order id and confirmation number, which the customer's receipt names. A PUT replaces the
 * payload, so saving twice is saving once. What HQ refuses is shown at the payload, naming the field.
 */
export function PayloadCorrectionForm({
  transaction,
  onSaved,
}: {
  transaction: StagedTransaction;
  onSaved: (saved: StagedTransaction) => void;
}) {
  const { t } = useTranslation();
  const { api } = useServices();
  const id = useId();
  const [text, setText] = useState(() => payloadText(transaction.payload));
  const [notJson, setNotJson] = useState<string>();
  const save = useMutation<StagedTransaction, ApiError, StoreTransactionPayload>({
    mutationFn: (payload) => api.put(stagedTransactionPath(transaction.transactionId), { payload }),
    onSuccess: (saved) => onSaved(saved),
  });
  const error =
    notJson !== undefined
      ? t('staged.correct.notJson', { problem: notJson })
      : save.error
        ? correctionError(t, save.error)
        : undefined;
  return (
    <form
      aria-label={t('staged.correct.heading')}
      className={styles.field}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parsePayload(text);
        if (!parsed.ok) {
          setNotJson(parsed.problem);
          return;
        }
        save.mutate(parsed.payload);
      }}
    >
      <label className={styles.label} htmlFor={id}>
        {t('staged.correct.payload')}
      </label>
      <p className={styles.hint} id={`${id}-hint`}>
        {t('staged.correct.hint', {
          orderId: transaction.orderId,
          confirmationNumber: transaction.confirmationNumber,
        })}
      </p>
      {error ? (
        <p className={styles.error} id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        className={styles.payload}
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setNotJson(undefined);
          save.reset();
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
      />
      <div className={styles.actions}>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('staged.correct.save')}
        </Button>
      </div>
    </form>
  );
}
