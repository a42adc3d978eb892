import type { ManagerOverride } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { orderNumberOf } from '@kassa/web-kit/orders/order-results.tsx';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices, useSession } from '../../services.tsx';
import { parseMoney } from '../cart/money.ts';
import { CancelApproval } from './cancel-approval.tsx';
import { approvalsOf, type OperationRequest } from './operation-api.ts';
import { OperationFigures } from './operation-figures.tsx';
import styles from './operations.module.css';
import { ReturnLines } from './return-lines.tsx';
import { proposedShippingRefund, refundsOf } from './return-preview.ts';
import { type ReturnableInvoice, returnQuantityOf } from './returnable-lines.ts';
import { NO_TENDER } from './tender.ts';
import { useConfirmOperation, useOperationPreview } from './use-operation.ts';

/**
 * The reason HQ's preview is asked with while the associate has not typed one yet: the money a return
 * moves does not depend on its reason, so the refund shows as soon as the lines are chosen, and typing
 * the reason asks HQ nothing. The return itself is sent with the reason typed (R-RET-1 requires one).
 */
const PREVIEW_REASON = 'preview';

/** The input a refusal of the return names, by the request's field. */
function inputOf(
  field: string | undefined,
): 'invoice' | 'line' | 'reason' | 'shipping' | 'manager' | undefined {
  if (!field) return undefined;
  if (field === 'invoiceId') return 'invoice';
  if (field.startsWith('lines')) return 'line';
  if (field === 'reason') return 'reason';
  if (field === 'shippingRefund') return 'shipping';
  if (field.startsWith('managerOverride')) return 'manager';
  return undefined;
}

/**
 * R-RET-1..3: one of the order's invoices, the lines and quantities coming back (at most what the
 * invoice holds minus earlier returns), a reason, and, where the Commerce parameters refund shipping,
 * the shipping refund HQ proposes or another amount. HQ's preview shows the refund and where it goes
 * (R-RET-2); a shipping refund above the limit is approved by a manager when confirming, unless the
 * associate may approve it (R-SEC-2). A refusal is shown at the input it names.
 */
export function ReturnForm({
  order,
  invoices,
  refundShipping,
}: {
  order: OrderDetails;
  invoices: readonly ReturnableInvoice[];
  /** The Commerce parameter `refundShippingCharges` as this store has it (R-RET-3). */
  refundShipping: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const permissions: readonly string[] = useSession().session?.permissions ?? [];
  const [invoiceId, setInvoiceId] = useState(invoices[0]?.invoiceId ?? '');
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [shippingText, setShippingText] = useState('');
  const [shipping, setShipping] = useState<number>();
  const [shippingInvalid, setShippingInvalid] = useState(false);
  /** Which approval the manager dialog asks: the return itself, or a shipping refund above the limit. */
  const [asking, setAsking] = useState<'return' | 'shipping'>();
  /** A manager's approval of the return for an associate without the permission (R-SEC-2). */
  const [approval, setApproval] = useState<ManagerOverride>();
  const { api } = useServices();
  // The store checks the manager's credentials for `return` before any preview is asked with them.
  const approve = useMutation<unknown, ApiError, ManagerOverride>({
    mutationFn: (managerOverride) =>
      api.post('/authorizations', { permission: 'return', managerOverride }, ''),
    onSuccess: (_granted, managerOverride) => {
      setApproval(managerOverride);
      setAsking(undefined);
    },
  });
  const mayReturn = permissions.includes('return') || approval !== undefined;

  const invoice = invoices.find((candidate) => candidate.invoiceId === invoiceId) ?? invoices[0];
  const lines = invoice?.lines ?? [];
  const parsed = lines.map((line) => ({
    line,
    quantity: returnQuantityOf(quantities[line.lineId] ?? '', line.returnable),
  }));
  const invalid = parsed.filter((entry) => entry.quantity === undefined).map((entry) => entry.line.lineId);
  const sent = parsed.flatMap(({ line, quantity }) => (quantity ? [{ lineId: line.lineId, quantity }] : []));
  const chosen: OperationRequest | undefined =
    mayReturn && invoice && invalid.length === 0 && sent.length > 0
      ? {
          version: order.version,
          invoiceId: invoice.invoiceId,
          lines: sent,
          ...(approval ? { managerOverride: approval } : {}),
        }
      : undefined;
  const base: OperationRequest | undefined =
    chosen && refundShipping && shipping !== undefined ? { ...chosen, shippingRefund: shipping } : chosen;
  const preview = useOperationPreview(order.id, 'return', base && { ...base, reason: PREVIEW_REASON });
  // The proposal is what HQ previews while the associate has not set an amount of their own.
  const proposal = useOperationPreview(
    order.id,
    'return',
    chosen && refundShipping && shipping !== undefined ? { ...chosen, reason: PREVIEW_REASON } : undefined,
  );
  const proposed = proposedShippingRefund(shipping === undefined ? preview.data : proposal.data);
  const shippingRefund = proposedShippingRefund(preview.data);
  const confirm = useConfirmOperation(order.id, 'return');
  // A manager who approved the return approves with all their permissions (the store sends them along).
  const needsManager =
    !approval && approvalsOf(preview.data).some((permission) => !permissions.includes(permission));

  const failed: ApiError | null = confirm.error ?? preview.error;
  const failedAt = inputOf(failed?.field);
  const lineOfError = /^lines\[(\d+)\]/.exec(failed?.field ?? '')?.[1];
  const lineWithError = lineOfError === undefined ? undefined : sent[Number(lineOfError)]?.lineId;
  const lineErrors: Record<string, string | undefined> = Object.fromEntries([
    ...invalid.map((lineId) => [lineId, t('operations.return.quantityInvalid')]),
    ...(failed && lineWithError && !invalid.includes(lineWithError)
      ? [[lineWithError, errorText(failed)]]
      : []),
  ]);
  const at = (input: ReturnType<typeof inputOf>) =>
    failed && failedAt === input ? errorText(failed) : undefined;

  const change = (apply: () => void) => {
    // A refusal is about what was sent; once an input changes it no longer stands.
    confirm.reset();
    apply();
  };
  const applyShipping = (event: FormEvent) => {
    event.preventDefault();
    const text = shippingText.trim();
    const cents = text === '' ? undefined : parseMoney(text);
    setShippingInvalid(text !== '' && cents === undefined);
    if (text === '' || cents !== undefined) change(() => setShipping(cents));
  };
  const send = (managerOverride: ManagerOverride | undefined) =>
    base &&
    confirm.mutate({
      request: { ...base, reason: reason.trim(), ...(managerOverride ? { managerOverride } : {}) },
      tender: NO_TENDER,
      due: 0,
    });
  const confirmReturn = () => {
    if (reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    if (needsManager) setAsking('shipping');
    else send(undefined);
  };

  return (
    <>
      {mayReturn ? null : (
        <div className={styles.actions}>
          <p className={styles.hint}>{t('operations.return.notPermitted')}</p>
          <Button onClick={() => setAsking('return')}>{t('operations.return.askManager')}</Button>
        </div>
      )}
      <section className={styles.panel} aria-labelledby="return-invoice-heading">
        <h2 id="return-invoice-heading">{t('operations.return.invoiceHeading')}</h2>
        <SelectField
          label={t('operations.return.invoice')}
          value={invoice?.invoiceId ?? ''}
          onChange={(next) =>
            change(() => {
              setInvoiceId(next);
              setQuantities({});
            })
          }
          options={invoices.map((candidate) => ({
            value: candidate.invoiceId,
            label: t('operations.return.invoiceOption', {
              number: candidate.number,
              kind: t(`invoices.kinds.${candidate.kind}`, { ns: 'orders' }),
              date: format.instant(candidate.issuedAt),
            }),
          }))}
          error={at('invoice')}
        />
      </section>
      <ReturnLines
        lines={lines}
        quantities={quantities}
        onChange={(lineId, quantity) =>
          change(() => setQuantities((before) => ({ ...before, [lineId]: quantity })))
        }
        errors={lineErrors}
      />
      {sent.length === 0 && invalid.length === 0 ? (
        <p className={styles.hint}>{t('operations.return.nothingChosen')}</p>
      ) : null}
      <section className={styles.panel} aria-labelledby="return-reason-heading">
        <h2 id="return-reason-heading">{t('operations.return.reasonHeading')}</h2>
        <TextField
          label={t('operations.return.reason')}
          value={reason}
          maxLength={500}
          onChange={(next) =>
            change(() => {
              setReason(next);
              if (next.trim() !== '') setReasonMissing(false);
            })
          }
          error={reasonMissing ? t('operations.return.reasonRequired') : at('reason')}
        />
      </section>
      {refundShipping ? (
        <form
          className={styles.panel}
          onSubmit={applyShipping}
          aria-label={t('operations.return.shippingHeading')}
        >
          <h2>{t('operations.return.shippingHeading')}</h2>
          <p>
            {proposed !== undefined
              ? t('operations.return.shippingProposal', { amount: format.money(proposed) })
              : t('operations.return.shippingHint')}
          </p>
          <div className={styles.row}>
            <TextField
              label={t('operations.return.shippingRefund')}
              inputMode="decimal"
              value={shippingText}
              placeholder={proposed !== undefined ? format.money(proposed) : undefined}
              onChange={setShippingText}
              error={shippingInvalid ? t('operations.return.shippingInvalid') : at('shipping')}
            />
            <Button type="submit" variant="secondary">
              {t('operations.return.applyShipping')}
            </Button>
          </div>
        </form>
      ) : null}
      {/* Nothing is asked of HQ before something comes back: no figures to wait for. */}
      {base ? (
        <OperationFigures
          preview={preview.data}
          figures={['refund']}
          error={preview.error && !failedAt ? preview.error : undefined}
        >
          {refundShipping ? (
            <div>
              <dt>{t('operations.return.shippingFigure')}</dt>
              <dd>{format.money(shippingRefund ?? 0)}</dd>
            </div>
          ) : null}
          {refundsOf(preview.data).map((refund, index) => (
            // The ledger's order is the refund's order; the same tender may take two parts.
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows have no identity of their own.
            <div key={index}>
              <dt>
                {refund.paidOut
                  ? t('operations.return.paidOut')
                  : t('operations.return.refundTo', { method: t(`operations.tender.${refund.method}`) })}
              </dt>
              <dd>{format.money(refund.amount)}</dd>
            </div>
          ))}
        </OperationFigures>
      ) : null}
      {needsManager && base && preview.data ? (
        <p className={styles.hint}>{t('operations.return.needsManager')}</p>
      ) : null}
      {confirm.error && !failedAt ? <FormError>{errorText(confirm.error)}</FormError> : null}
      <div className={styles.actions}>
        <Button
          disabled={!base || !preview.data || preview.isFetching || confirm.isPending}
          onClick={confirmReturn}
        >
          {confirm.isPending ? t('operations.working') : t('operations.return.confirm')}
        </Button>
      </div>
      {asking ? (
        <CancelApproval
          action={
            asking === 'return'
              ? t('operations.return.approveReturn', { number: orderNumberOf(order) })
              : t('operations.return.approveShipping', { amount: format.money(shippingRefund ?? 0) })
          }
          pending={asking === 'return' ? approve.isPending : confirm.isPending}
          error={asking === 'return' ? approve.error : confirm.error}
          onApprove={asking === 'return' ? (override) => approve.mutate(override) : send}
          onCancel={() => {
            setAsking(undefined);
            approve.reset();
            confirm.reset();
          }}
        />
      ) : null}
    </>
  );
}
