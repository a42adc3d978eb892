import type { CatalogProduct } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { orderNumberOf } from '@kassa/web-kit/orders/order-results.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../services.tsx';
import { useDeliveryOptions } from '../cart/use-delivery-options.ts';
import type { OperationRequest } from '../order-operations/operation-api.ts';
import { OperationFigures } from '../order-operations/operation-figures.tsx';
import styles from '../order-operations/operations.module.css';
import { TenderForm } from '../order-operations/tender-form.tsx';
import { useConfirmOperation, useOperationPreview } from '../order-operations/use-operation.ts';
import { useTender } from '../order-operations/use-tender.ts';
import { useOrder } from '../orders/order-details-screen.tsx';
import { AddProduct } from './add-product.tsx';
import { DeliveryChange } from './delivery-change.tsx';
import { EditApproval, useEditApproval } from './edit-approval.tsx';
import { EditConflict } from './edit-conflict.tsx';
import {
  type DeliveryChoice,
  type EditDraft,
  EMPTY_DRAFT,
  editableLines,
  editableShipments,
  isEmpty,
  withLine,
} from './edit-draft.ts';
import { EditLines } from './edit-lines.tsx';
import { EditOptions } from './edit-options.tsx';
import edit from './edit-order.module.css';
import { buildEdit, type EditInput, inputOfError } from './edit-request.ts';
import { EditShipments } from './edit-shipments.tsx';

/**
 * R-EDT-1..4: the associate changes the order on the screen (a draft), HQ previews the money effect of
 * the draft after every change (new total, required deposit, what is due now or refunded), and the edit
 * is saved as one request against the version the associate started from. The screen keeps that version
 * (and the order as then read) until the associate reloads it, so a save by someone else in between is a
 * conflict the associate hears about (R-EDT-4), never silently built upon; the draft survives the reload.
 * An associate without `editOrder` has a manager approve first (R-SEC-2). An edit that took or gave back
 * money ends on the store's receipt of it, one that did not on the order's details (decision 0018).
 */
export function EditOrderForm({ orderId, initial }: { orderId: string; initial: OrderDetails }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const format = useFormat();
  const here = useSession().session?.storeId ?? '';
  const options = useDeliveryOptions().data;
  const current = useOrder(orderId);
  const [order, setOrder] = useState(initial);
  const [draft, setDraftState] = useState<EditDraft>(EMPTY_DRAFT);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [reloaded, setReloaded] = useState(false);
  const approval = useEditApproval();

  const built = buildEdit(order, draft);
  // Without the permission nothing is asked of HQ, not even a preview, until a manager approved.
  const request: OperationRequest | undefined =
    approval.mayEdit && built.invalid.length === 0 && built.changes.length > 0
      ? {
          version: order.version,
          changes: built.changes,
          ...(draft.backorder ? { backorder: true } : {}),
          ...approval.override,
        }
      : undefined;
  const preview = useOperationPreview(order.id, 'edit', request);
  const confirm = useConfirmOperation(order.id, 'edit');
  const tender = useTender(confirm);
  // Figures of an earlier draft are not shown beside a refusal of this one.
  const figures = request && !preview.error ? preview.data : undefined;
  const due = order.type === 'quote' ? 0 : (figures?.effect.toCollect ?? 0);

  const setDraft = (next: (before: EditDraft) => EditDraft) => {
    // A refusal is about what was sent; once the draft changes it no longer stands.
    confirm.reset();
    setReloaded(false);
    setDraftState(next);
  };

  const failed = confirm.error ?? (request ? preview.error : null);
  const conflict = failed?.code === 'VERSION_CONFLICT';
  // An input the screen does not show (a line someone else delivered meanwhile) leaves the refusal general.
  const shown = new Set([
    ...editableLines(order).map((line) => line.id),
    ...draft.added.map((line) => line.key),
    ...editableShipments(order).map((shipment) => shipment.id),
    'quoteExpiry',
  ]);
  const named = conflict ? undefined : inputOfError(failed?.field, built);
  const input = named && shown.has(named.replace(/^[a-z]+:/i, '')) ? named : undefined;
  const errors: Partial<Record<EditInput, string>> = {};
  for (const invalid of built.invalid) {
    errors[invalid] = invalid.startsWith('charge:')
      ? t('operations.edit.amountInvalid')
      : invalid === 'quoteExpiry'
        ? t('operations.edit.dateRequired')
        : t('operations.edit.quantityInvalid');
  }
  if (failed && input) errors[input] ??= errorText(failed);
  const shownElsewhere = conflict || input !== undefined || tender.input !== undefined;

  const defaultDelivery = (): DeliveryChoice => {
    const today = options?.today ?? '';
    const last = draft.added.at(-1)?.delivery;
    if (last) return last;
    const first = editableLines(order).find((line) => !draft.lines[line.id]?.removed);
    const delivery = first ? (draft.lines[first.id]?.delivery ?? first.delivery) : undefined;
    if (delivery?.kind === 'ship') return { kind: 'ship', shipmentId: delivery.shipmentId };
    if (delivery?.kind === 'pickup') {
      // An old order's pickup date may have passed; a new line is ready today at the earliest.
      return {
        kind: 'pickup',
        storeId: delivery.storeId,
        date: delivery.date.localeCompare(today) < 0 ? today : delivery.date,
      };
    }
    return { kind: 'pickup', storeId: here, date: today };
  };

  const addProduct = (product: CatalogProduct) =>
    setDraft((before) => {
      // A second scan of a product the edit added counts up its line, as the cart does.
      const same = before.added.find((line) => line.sku === product.sku);
      if (same) {
        const count = Number(same.quantity) || 0;
        return {
          ...before,
          added: before.added.map((line) =>
            line === same ? { ...line, quantity: String(count + 1) } : line,
          ),
        };
      }
      const key = `new-${before.added.length + 1}-${product.sku}`;
      return {
        ...before,
        added: [
          ...before.added,
          {
            key,
            sku: product.sku,
            description: product.name,
            unitPrice: product.price,
            quantity: '1',
            delivery: defaultDelivery(),
          },
        ],
      };
    });

  const applyDelivery = (choice: DeliveryChoice, shipment?: EditDraft['newShipments'][number]) => {
    setDraft((before) => {
      let next: EditDraft = {
        ...before,
        newShipments: shipment ? [...before.newShipments, shipment] : before.newShipments,
        added: before.added.map((line) => (selected.has(line.key) ? { ...line, delivery: choice } : line)),
      };
      for (const line of order.lines) {
        if (selected.has(line.id)) next = withLine(next, line.id, { delivery: choice });
      }
      return next;
    });
    setSelected(new Set());
  };

  const reload = async () => {
    confirm.reset();
    const fresh = await current.refetch();
    if (fresh.data) {
      setOrder(fresh.data);
      setReloaded(true);
    }
  };

  return (
    <>
      <EditApproval state={approval} orderNumber={orderNumberOf(order)} />
      <EditLines
        order={order}
        draft={draft}
        options={options}
        selected={selected}
        onSelect={(lineId) =>
          setSelected((before) => {
            const next = new Set(before);
            if (!next.delete(lineId)) next.add(lineId);
            return next;
          })
        }
        onLineChange={(lineId, change) => setDraft((before) => withLine(before, lineId, change))}
        onNewLineChange={(key, quantity) =>
          setDraft((before) => ({
            ...before,
            added: before.added.map((line) => (line.key === key ? { ...line, quantity } : line)),
          }))
        }
        onDropNewLine={(key) => {
          setSelected((before) => new Set([...before].filter((id) => id !== key)));
          setDraft((before) => ({ ...before, added: before.added.filter((line) => line.key !== key) }));
        }}
        errors={errors}
      />
      {selected.size > 0 && options ? (
        <DeliveryChange
          order={order}
          options={options}
          newShipments={draft.newShipments}
          count={selected.size}
          onApply={applyDelivery}
          onClear={() => setSelected(new Set())}
        />
      ) : (
        <p className={edit.quiet}>{t('operations.edit.selectHint')}</p>
      )}
      <AddProduct onAdd={addProduct} />
      <EditShipments
        order={order}
        draft={draft}
        options={options}
        onChange={(shipmentId, change) =>
          setDraft((before) => ({
            ...before,
            shipments: { ...before.shipments, [shipmentId]: { ...before.shipments[shipmentId], ...change } },
          }))
        }
        errors={errors}
      />
      <EditOptions
        order={order}
        draft={draft}
        options={options}
        onChange={(change) => setDraft((before) => ({ ...before, ...change }))}
        offerBackorder={failed?.code === 'NOT_ENOUGH_STOCK'}
        quoteExpiryError={errors.quoteExpiry}
      />
      {request ? (
        <OperationFigures
          preview={figures}
          figures={[
            { name: 'orderTotal', label: t('operations.edit.figures.orderTotal') },
            ...(order.type === 'quote'
              ? []
              : [
                  { name: 'depositRequired' as const, label: t('operations.edit.figures.depositRequired') },
                  { name: 'toCollect' as const, label: t('operations.edit.figures.toCollect') },
                  { name: 'refund' as const, label: t('operations.edit.figures.refund') },
                ]),
          ]}
          error={preview.error && !shownElsewhere && !confirm.error ? preview.error : undefined}
        />
      ) : isEmpty(draft) ? (
        <p role="status">{t('operations.edit.nothingChanged')}</p>
      ) : null}
      {figures && figures.effect.refund > 0 ? (
        <p role="status">
          {t('operations.edit.refundNote', { amount: format.money(figures.effect.refund) })}
        </p>
      ) : null}
      {request && due > 0 ? <TenderForm due={due} {...tender.form} /> : null}
      {confirm.error && !shownElsewhere ? <FormError>{errorText(confirm.error)}</FormError> : null}
      {/* Next to the button the associate just pressed (R-EDT-4). */}
      {conflict ? <EditConflict onReload={reload} reloading={current.isFetching} /> : null}
      {reloaded ? <p role="status">{t('operations.edit.reloaded')}</p> : null}
      <div className={styles.actions}>
        <Button
          disabled={!request || !figures || preview.isFetching || confirm.isPending || conflict}
          onClick={() => request && confirm.mutate({ request, tender: tender.tender, due })}
        >
          {confirm.isPending ? t('operations.working') : t('operations.edit.confirm')}
        </Button>
      </div>
    </>
  );
}
