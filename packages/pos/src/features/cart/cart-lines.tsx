import type { CartView, DeliveryOptions } from '@kassa/contracts';
import { useTranslation } from 'react-i18next';
import { CartLineRow } from './cart-line-row.tsx';
import styles from './cart-lines.module.css';

/** The cart's lines with their price, quantity and delivery; chosen lines are what "… selected" sets. */
export function CartLines({
  cart,
  options,
  selected,
  onSelect,
}: {
  cart: CartView;
  options: DeliveryOptions | undefined;
  selected: ReadonlySet<string>;
  onSelect: (lineId: string, selected: boolean) => void;
}) {
  const { t } = useTranslation();
  if (cart.lines.length === 0) return <p className={styles.empty}>{t('cart.lines.empty')}</p>;
  return (
    <table className={styles.lines} aria-label={t('cart.lines.heading')}>
      <thead>
        <tr>
          <th>
            <span className={styles.hidden}>{t('cart.lines.selected')}</span>
          </th>
          <th>{t('cart.lines.product')}</th>
          <th className={styles.number}>{t('cart.lines.price')}</th>
          <th>{t('cart.lines.quantityHeading')}</th>
          <th className={styles.number}>{t('cart.lines.amount')}</th>
          <th>
            <span className={styles.hidden}>{t('cart.lines.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {cart.lines.map((line) => (
          <CartLineRow
            key={line.id}
            cart={cart}
            line={line}
            options={options}
            selected={selected.has(line.id)}
            onSelect={(value) => onSelect(line.id, value)}
          />
        ))}
      </tbody>
    </table>
  );
}
