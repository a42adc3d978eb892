import type { ManagerOverride } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { orderNumberOf } from '@kassa/web-kit/orders/order-results.tsx';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../services.tsx';
import { parseMoney } from '../cart/money.ts';
import { CancelApproval } from './cancel-approval.tsx';
import { approvalsOf, type OperationRequest, payNowOf } from './operation-api.ts';
import { OperationFigures } from './operation-figures.tsx';
import styles from './operations.module.css';
import { TenderForm } from './tender-form.tsx';
import { useConfirmOperation, useOperationPreview } from './use-operation.ts';
import { useTender } from './use-tender.ts';

/**
 * R-CAN-1..3: HQ's preview of the cancellation charge and the refund, the charge changed if need be, a
 * charge beyond the deposit paid in cash, and the cancellation. A cashier without the permission to
 * cancel has a manager approve first, since HQ shows no preview without it; a changed charge without the
 * permission to change it is approved by a manager when confirming. The manager's credentials stay in
 * this form only, for this one cancellation (R-SEC-2).
 */
export function CancelForm({ order }: { order: OrderDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const permissions: readonly string[] = useSession().session?.permissions ?? [];
  const [approval, setApproval] = useState<ManagerOverride>();
  const [asking, setAsking] = useState<'cancel' | 'charge'>();
  const [chargeText, setChargeText] = useState('');
  const [charge, setCharge] = useState<number>();
  const [chargeInvalid, setChargeInvalid] = useState(false);
  const mayCancel = permissions.includes('cancel') || approval !== undefined;

  const request: OperationRequest | undefined = mayCancel
    ? {
        version: order.version,
        ...(charge !== undefined ? { chargeOverride: charge } : {}),
        ...(approval ? { managerOverride: approval } : {}),
      }
    : undefined;
  const preview = useOperationPreview(order.id, 'cancel', request);
  const confirm = useConfirmOperation(order.id, 'cancel');
  const tender = useTender(confirm);
  const due = payNowOf(preview.data);
  const needsManager = approvalsOf(preview.data).some((permission) => !permissions.includes(permission));

  const applyCharge = (event: FormEvent) => {
    event.preventDefault();
    const cents = chargeText.trim() === '' ? undefined : parseMoney(chargeText);
    setChargeInvalid(chargeText.trim() !== '' && cents === undefined);
    if (chargeText.trim() === '' || cents !== undefined) setCharge(cents);
  };
  const send = (managerOverride: ManagerOverride | undefined) =>
    request &&
    confirm.mutate({
      request: { ...request, ...(managerOverride ? { managerOverride } : {}) },
      tender: tender.tender,
      due,
    });

  const chargeError =
    preview.error?.field === 'chargeOverride'
      ? errorText(preview.error)
      : confirm.error?.field === 'chargeOverride'
        ? errorText(confirm.error)
        : undefined;
  const overrideFailed = (confirm.error ?? preview.error)?.field?.startsWith('managerOverride') ?? false;
  return (
    <>
      {!permissions.includes('cancel') && !preview.data ? (
        <div className={styles.actions}>
          <Button onClick={() => setAsking('cancel')}>{t('operations.cancel.askManager')}</Button>
        </div>
      ) : null}
      {request ? (
        <>
          <OperationFigures
            preview={preview.data}
            figures={['charge', 'depositApplied', 'refund', 'due']}
            error={
              preview.error && preview.error.field !== 'chargeOverride' && !overrideFailed
                ? preview.error
                : undefined
            }
          />
          <form
            className={styles.panel}
            onSubmit={applyCharge}
            aria-label={t('operations.cancel.changeCharge')}
          >
            <p>{t('operations.cancel.chargeHint')}</p>
            <div className={styles.row}>
              <TextField
                label={t('operations.cancel.charge')}
                inputMode="decimal"
                value={chargeText}
                placeholder={preview.data ? format.money(preview.data.effect.charge) : undefined}
                onChange={setChargeText}
                error={chargeInvalid ? t('operations.cancel.chargeInvalid') : chargeError}
              />
              <Button type="submit" variant="secondary">
                {t('operations.cancel.applyCharge')}
              </Button>
            </div>
          </form>
        </>
      ) : null}
      {request && due > 0 ? <TenderForm due={due} {...tender.form} methods={['cash']} /> : null}
      {confirm.error && !tender.input && !overrideFailed && confirm.error.field !== 'chargeOverride' ? (
        <FormError>{errorText(confirm.error)}</FormError>
      ) : null}
      <div className={styles.actions}>
        <Button
          disabled={!request || !preview.data || preview.isFetching || confirm.isPending}
          onClick={() => (needsManager && !approval ? setAsking('charge') : send(approval))}
        >
          {confirm.isPending ? t('operations.working') : t('operations.cancel.confirm')}
        </Button>
      </div>
      {asking === 'charge' || (asking === 'cancel' && !(approval && preview.isSuccess)) ? (
        <CancelApproval
          action={
            asking === 'cancel'
              ? t('operations.cancel.approveCancel', { number: orderNumberOf(order) })
              : t('operations.cancel.approveCharge', {
                  amount: format.money(preview.data?.effect.charge ?? 0),
                })
          }
          pending={asking === 'cancel' ? preview.isFetching : confirm.isPending}
          error={asking === 'charge' ? confirm.error : overrideFailed ? preview.error : null}
          onApprove={(override) => {
            // Approving the cancel shows the preview, which checks the credentials; the dialog stays
            // until it did, so a wrong password is said in it.
            if (asking === 'cancel') setApproval(override);
            else send(override);
          }}
          onCancel={() => {
            setAsking(undefined);
            if (asking === 'cancel' && !preview.isSuccess) setApproval(undefined);
            confirm.reset();
          }}
        />
      ) : null}
    </>
  );
}
