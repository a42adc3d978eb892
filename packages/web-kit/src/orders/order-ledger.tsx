import type { RtsLedgerEntry } from '@kassa/contracts';
import { useFormat } from '../format/use-format.ts';
import { invoiceNumberOf, type OrderDetails } from './order-details.ts';
import styles from './orders.module.css';
import { useOrdersText } from './orders-text.ts';

/** How the money moved, for the entries that name a tender (STYLE.md 3: a new kind must be placed here). */
function tenderOf(entry: RtsLedgerEntry): 'cash' | 'card' | undefined {
  switch (entry.kind) {
    case 'depositPaid':
    case 'balancePaid':
    case 'cardAuthorized':
    case 'cardCaptured':
    case 'authorizationVoided':
    case 'depositApplied':
    case 'refunded':
      return entry.tender.method;
    case 'paidOut':
    case 'invoiced':
    case 'chargeInvoiced':
    case 'credited':
      return undefined;
    default: {
      const unknown: never = entry;
      return unknown;
    }
  }
}

/** The invoice an entry belongs to, for the entries that name one. */
function invoiceIdOf(entry: RtsLedgerEntry): string | undefined {
  switch (entry.kind) {
    case 'balancePaid':
    case 'cardCaptured':
    case 'depositApplied':
    case 'refunded':
    case 'invoiced':
    case 'chargeInvoiced':
    case 'credited':
      return entry.invoiceId;
    case 'depositPaid':
    case 'cardAuthorized':
    case 'authorizationVoided':
    case 'paidOut':
      return undefined;
    default: {
      const unknown: never = entry;
      return unknown;
    }
  }
}

/** R-MON-5: every movement of money on the order, oldest first, as HQ's ledger keeps them. */
export function OrderLedger({ order }: { order: OrderDetails }) {
  const t = useOrdersText();
  const format = useFormat();
  return (
    <section className={styles.section} aria-labelledby="order-ledger">
      <h2 id="order-ledger">{t('ledger.heading')}</h2>
      {order.ledger.length === 0 ? (
        <p className={styles.empty}>{t('ledger.none')}</p>
      ) : (
        <div className={styles.tableScroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('ledger.at')}</th>
                <th scope="col">{t('ledger.what')}</th>
                <th scope="col">{t('ledger.tender')}</th>
                <th scope="col">{t('ledger.invoice')}</th>
                <th scope="col" className={styles.number}>
                  {t('ledger.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {order.ledger.map((entry) => (
                <tr key={entry.id}>
                  <td>{format.instant(entry.at)}</td>
                  <td>{t(`ledger.kinds.${entry.kind}`)}</td>
                  <td>{tenderOf(entry) ? t(`tender.${tenderOf(entry) as 'cash' | 'card'}`) : ''}</td>
                  <td>{invoiceNumberOf(order, invoiceIdOf(entry))}</td>
                  <td className={styles.number}>{format.money(entry.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
