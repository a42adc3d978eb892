import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CollectedBy, CollectedByChoice, collectedByOf, THE_CUSTOMER } from './collected-by-choice.tsx';
import type { LineToPickUp } from './lines-to-pick-up.ts';
import { type OperationRequest, payNowOf } from './operation-api.ts';
import { OperationFigures } from './operation-figures.tsx';
import styles from './operations.module.css';
import { PickUpLines } from './pick-up-lines.tsx';
import { TenderForm } from './tender-form.tsx';
import { useConfirmOperation, useOperationPreview } from './use-operation.ts';
import { useTender } from './use-tender.ts';

/** A typed quantity: a whole number from 0 up to what is ready, else undefined. */
function quantityOf(text: string, ready: number): number | undefined {
  if (!/^\s*\d{1,6}\s*$/.test(text)) return undefined;
  const quantity = Number(text);
  return quantity <= ready ? quantity : undefined;
}

/**
 * R-PCK-2..4: the quantities the customer takes now (all that is ready, to start with), HQ's preview of
 * what is due after the deposit, the tender for it, and the pickup. A server refusal names the request's
 * `lines[i]`, which is the i-th line sent, so it is shown at that line's input.
 */
export function PickUpForm({ order, lines }: { order: OrderDetails; lines: readonly LineToPickUp[] }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(lines.map((line) => [line.lineId, String(line.ready)])),
  );
  const [collector, setCollector] = useState<CollectedBy>(THE_CUSTOMER);
  const collectedBy = collectedByOf(collector);
  const parsed = lines.map((line) => ({
    line,
    quantity: quantityOf(quantities[line.lineId] ?? '', line.ready),
  }));
  const invalid = parsed.filter((entry) => entry.quantity === undefined).map((entry) => entry.line.lineId);
  const sent = parsed.flatMap(({ line, quantity }) => (quantity ? [{ lineId: line.lineId, quantity }] : []));
  const request: OperationRequest | undefined =
    invalid.length === 0 && sent.length > 0 && collectedBy
      ? { version: order.version, lines: sent, ...collectedBy }
      : undefined;
  const preview = useOperationPreview(order.id, 'pick-up', request);
  const confirm = useConfirmOperation(order.id, 'pick-up');
  const tender = useTender(confirm);
  const due = payNowOf(preview.data);

  const failed = confirm.error ?? preview.error;
  const lineOfError = /^lines\[(\d+)\]/.exec(failed?.field ?? '')?.[1];
  const lineWithError = lineOfError === undefined ? undefined : sent[Number(lineOfError)]?.lineId;
  const lineErrors: Record<string, string | undefined> = Object.fromEntries([
    ...invalid.map((lineId) => [lineId, t('operations.pickUp.quantityInvalid')]),
    ...(failed && lineWithError && !invalid.includes(lineWithError)
      ? [[lineWithError, errorText(failed)]]
      : []),
  ]);
  // R-PCK-6: HQ refuses someone the order does not name at `collectedBy`, in its preview already.
  const collectorError = failed?.field === 'collectedBy' ? errorText(failed) : undefined;
  const shownElsewhere =
    lineWithError !== undefined || tender.input !== undefined || collectorError !== undefined;

  return (
    <>
      <PickUpLines
        lines={lines}
        quantities={quantities}
        onChange={(lineId, quantity) => {
          // A refusal names the lines as sent; other quantities are another request.
          confirm.reset();
          setQuantities((before) => ({ ...before, [lineId]: quantity }));
        }}
        errors={lineErrors}
      />
      {sent.length === 0 && invalid.length === 0 ? (
        <FormError>{t('operations.pickUp.nothingChosen')}</FormError>
      ) : null}
      <OperationFigures
        preview={request ? preview.data : undefined}
        figures={['depositApplied', 'due']}
        error={
          preview.error && lineWithError === undefined && collectorError === undefined
            ? preview.error
            : undefined
        }
      />
      <CollectedByChoice
        customerName={order.customer.name}
        collectors={order.collectors}
        value={collector}
        onChange={(next) => {
          confirm.reset();
          setCollector(next);
        }}
        error={collectorError}
      />
      {request && due > 0 ? <TenderForm due={due} {...tender.form} /> : null}
      {confirm.error && !shownElsewhere ? <FormError>{errorText(confirm.error)}</FormError> : null}
      <div className={styles.actions}>
        <Button
          disabled={!request || !preview.data || !!preview.error || preview.isFetching || confirm.isPending}
          onClick={() => request && confirm.mutate({ request, tender: tender.tender, due })}
        >
          {confirm.isPending ? t('operations.working') : t('operations.pickUp.confirm')}
        </Button>
      </div>
    </>
  );
}
