import type { DeliveryOptions } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { useTranslation } from 'react-i18next';
import styles from '../order-operations/operations.module.css';
import { deliveryChoiceText } from './delivery-choice-text.ts';
import { type EditDraft, editableLines, type LineDraft } from './edit-draft.ts';
import edit from './edit-order.module.css';
import type { EditInput } from './edit-request.ts';

/**
 * R-EDT-1: the order's open lines and the lines the edit adds, each with its quantity, its delivery, a
 * way to remove it and to select it for a change of delivery. Errors come translated, by input.
 */
export function EditLines({
  order,
  draft,
  options,
  selected,
  onSelect,
  onLineChange,
  onNewLineChange,
  onDropNewLine,
  errors,
}: {
  order: OrderDetails;
  draft: EditDraft;
  options: DeliveryOptions | undefined;
  selected: ReadonlySet<string>;
  onSelect: (lineId: string) => void;
  onLineChange: (lineId: string, change: LineDraft) => void;
  onNewLineChange: (key: string, quantity: string) => void;
  onDropNewLine: (key: string) => void;
  errors: Readonly<Partial<Record<EditInput, string>>>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const where = (choice: Parameters<typeof deliveryChoiceText>[5]) =>
    deliveryChoiceText(t, format, order, draft.newShipments, options, choice);

  return (
    <section className={styles.panel} aria-labelledby="edit-lines-heading">
      <h2 id="edit-lines-heading">{t('operations.edit.lines')}</h2>
      <ul className={edit.lines}>
        {editableLines(order).map((line) => {
          const typed = draft.lines[line.id] ?? {};
          const product = `${line.productId} ${line.description}`;
          const { delivered, cancelled, ordered } = line.quantities;
          const moved = typed.delivery;
          return (
            <li key={line.id} className={typed.removed ? `${edit.line} ${edit.removed}` : edit.line}>
              <div className={edit.lineHead}>
                <strong>{line.description}</strong>
                <span className={edit.quiet}>
                  {line.productId} · {t('operations.edit.each', { price: format.money(line.unitPrice) })}
                </span>
                <span>{where(line.delivery)}</span>
                {moved && !typed.removed ? (
                  <span className={edit.changed}>
                    {t('operations.edit.newDelivery', { delivery: where(moved) })}
                  </span>
                ) : null}
              </div>
              {typed.removed ? (
                <div className={styles.row}>
                  <p className={edit.changed}>{t('operations.edit.removedNote')}</p>
                  <Button
                    variant="secondary"
                    onClick={() => onLineChange(line.id, { removed: false })}
                    aria-label={t('operations.edit.keepNamed', { product })}
                  >
                    {t('operations.edit.keep')}
                  </Button>
                </div>
              ) : (
                <LineControls
                  product={product}
                  quantity={typed.quantity ?? String(ordered)}
                  onQuantity={(quantity) => onLineChange(line.id, { quantity })}
                  error={errors[`quantity:${line.id}`]}
                  selected={selected.has(line.id)}
                  onSelect={() => onSelect(line.id)}
                  onRemove={() => onLineChange(line.id, { removed: true })}
                />
              )}
              {delivered + cancelled > 0 ? (
                <p className={edit.quiet}>
                  {t('operations.edit.fixed', { delivered, cancelled, minimum: delivered + cancelled })}
                </p>
              ) : null}
              {errors[`line:${line.id}`] ? <FormError>{errors[`line:${line.id}`]}</FormError> : null}
            </li>
          );
        })}
        {draft.added.map((line) => {
          const product = `${line.sku} ${line.description}`;
          return (
            <li key={line.key} className={`${edit.line} ${edit.added}`}>
              <div className={edit.lineHead}>
                <strong>
                  {line.description} <span className={edit.changed}>({t('operations.edit.added')})</span>
                </strong>
                <span className={edit.quiet}>
                  {line.sku} · {t('operations.edit.each', { price: format.money(line.unitPrice) })}
                </span>
                <span>{where(line.delivery)}</span>
              </div>
              <LineControls
                product={product}
                quantity={line.quantity}
                onQuantity={(quantity) => onNewLineChange(line.key, quantity)}
                error={errors[`quantity:${line.key}`]}
                selected={selected.has(line.key)}
                onSelect={() => onSelect(line.key)}
                onRemove={() => onDropNewLine(line.key)}
              />
              {errors[`line:${line.key}`] ? <FormError>{errors[`line:${line.key}`]}</FormError> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * What a line kept or added has to change: its quantity, selecting it for a change of delivery (a large
 * toggle, as a checkbox would be too small to touch) and removing it.
 */
function LineControls({
  product,
  quantity,
  onQuantity,
  error,
  selected,
  onSelect,
  onRemove,
}: {
  /** The product as the labels name it, so each line's inputs have names of their own. */
  product: string;
  quantity: string;
  onQuantity: (quantity: string) => void;
  error: string | undefined;
  selected: boolean;
  onSelect: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={styles.row}>
      <TextField
        label={t('operations.edit.quantity', { product })}
        inputMode="numeric"
        autoComplete="off"
        value={quantity}
        onChange={onQuantity}
        error={error}
      />
      <Button
        variant={selected ? 'primary' : 'secondary'}
        aria-pressed={selected}
        aria-label={t('operations.edit.selectNamed', { product })}
        onClick={onSelect}
      >
        {selected ? t('operations.edit.selected') : t('operations.edit.select')}
      </Button>
      <Button
        variant="secondary"
        onClick={onRemove}
        aria-label={t('operations.edit.removeNamed', { product })}
      >
        {t('operations.edit.remove')}
      </Button>
    </div>
  );
}
