import type { CartView, DeliveryOptions } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './cart-lines.module.css';
import { deliveryText } from './delivery-text.ts';
import { useCartChange } from './use-cart.ts';

type Line = CartView['lines'][number];

/**
 * One line of the cart: chosen or not for "… selected", its quantity changed by − and + (large targets)
 * or typed, its delivery, and Remove. A refused quantity stays typed, with the reason under it.
 */
export function CartLineRow({
  cart,
  line,
  options,
  selected,
  onSelect,
}: {
  cart: CartView;
  line: Line;
  options: DeliveryOptions | undefined;
  selected: boolean;
  onSelect: (selected: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const change = useCartChange(cart);
  const [quantity, setQuantity] = useState(String(line.quantity));
  useEffect(() => setQuantity(String(line.quantity)), [line.quantity]);
  const setTo = (next: number) => {
    setQuantity(String(next));
    if (next >= 1 && next !== line.quantity) {
      change.change([{ kind: 'changeQuantity', lineId: line.id, quantity: next }]);
    }
  };
  const errorId = `line-${line.id}-error`;

  return (
    <tr className={selected ? styles.selected : undefined}>
      <td>
        <input
          type="checkbox"
          className={styles.check}
          checked={selected}
          onChange={(event) => onSelect(event.target.checked)}
          aria-label={t('cart.lines.select', { name: line.description })}
        />
      </td>
      <td>
        <div>{line.description}</div>
        <div className={styles.quiet}>{line.sku}</div>
        <div className={styles.delivery}>{deliveryText(t, format.date, line, cart, options)}</div>
        {line.delivery.kind === 'carryOut' ? null : (
          // R-CRE-6: what the location lacks may wait for stock; carried-out goods must be on the shelf.
          <label className={styles.backorder}>
            <input
              type="checkbox"
              className={styles.check}
              checked={line.backorder}
              disabled={change.isPending}
              onChange={(event) =>
                change.change([{ kind: 'setBackorder', lineId: line.id, backorder: event.target.checked }])
              }
            />
            {t('cart.lines.backorder')}
          </label>
        )}
      </td>
      <td className={styles.number}>{format.money(line.unitPrice)}</td>
      <td>
        <div className={styles.stepper}>
          <Button
            variant="secondary"
            aria-label={t('cart.lines.less', { name: line.description })}
            disabled={line.quantity <= 1 || change.isPending}
            onClick={() => setTo(line.quantity - 1)}
          >
            −
          </Button>
          <input
            className={styles.quantity}
            inputMode="numeric"
            value={quantity}
            aria-label={t('cart.lines.quantity', { name: line.description })}
            aria-invalid={change.error ? true : undefined}
            aria-describedby={change.error ? errorId : undefined}
            onChange={(event) => setQuantity(event.target.value)}
            onBlur={() => setTo(Number(quantity))}
            onKeyDown={(event) => {
              if (event.key === 'Enter') setTo(Number(quantity));
            }}
          />
          <Button
            variant="secondary"
            aria-label={t('cart.lines.more', { name: line.description })}
            disabled={change.isPending}
            onClick={() => setTo(line.quantity + 1)}
          >
            +
          </Button>
        </div>
        {change.error ? (
          <p className={styles.error} id={errorId}>
            {errorText(change.error)}
          </p>
        ) : null}
      </td>
      <td className={styles.number}>{format.money(line.amount)}</td>
      <td>
        <Button
          variant="secondary"
          aria-label={t('cart.lines.remove', { name: line.description })}
          disabled={change.isPending}
          onClick={() => change.change([{ kind: 'removeLine', lineId: line.id }])}
        >
          {t('cart.lines.removeShort')}
        </Button>
      </td>
    </tr>
  );
}
