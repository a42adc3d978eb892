import { useFormat } from '../format/use-format.ts';
import type { OrderDetails } from './order-details.ts';
import styles from './orders.module.css';
import { useOrdersText } from './orders-text.ts';

/** The operations the POS names; HQ may record others, which show as they came. */
const OPERATIONS = [
  'create',
  'customerOrder',
  'cashAndCarry',
  'quote',
  'edit',
  'pick',
  'pack',
  'pickUp',
  'ship',
  'cancel',
  'return',
  'convertQuote',
  'stockReserved',
] as const;
type Operation = (typeof OPERATIONS)[number];
const isOperation = (value: string): value is Operation => OPERATIONS.includes(value as Operation);

/** R-SEC-3: every change to the order, oldest first: when, what, who, where, and who approved it (R-SEC-2). */
export function OrderHistory({ order }: { order: OrderDetails }) {
  const t = useOrdersText();
  const format = useFormat();
  const history = order.history ?? [];
  return (
    <section className={styles.section} aria-labelledby="order-history">
      <h2 id="order-history">{t('history.heading')}</h2>
      {history.length === 0 ? (
        <p className={styles.empty}>{order.history ? t('history.none') : t('history.notAtHqYet')}</p>
      ) : (
        <div className={styles.tableScroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('history.at')}</th>
                <th scope="col">{t('history.what')}</th>
                <th scope="col">{t('history.who')}</th>
                <th scope="col">{t('history.where')}</th>
                <th scope="col">{t('history.approvedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry, index) => (
                // History entries have no id of their own here; their order never changes (append-only).
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                <tr key={index}>
                  <td>{format.instant(entry.at)}</td>
                  <td>
                    {isOperation(entry.operation)
                      ? t(`history.operations.${entry.operation}`)
                      : entry.operation}
                  </td>
                  <td>{entry.staffId ?? t('history.system')}</td>
                  <td>{[entry.locationId, entry.registerId].filter(Boolean).join(' · ')}</td>
                  <td>{entry.approvedBy ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
