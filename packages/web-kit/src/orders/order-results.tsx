import type { FindOrdersReply } from '@kassa/contracts';
import type { MouseEvent } from 'react';
import { Button } from '../components/button.tsx';
import { useFormat } from '../format/use-format.ts';
import { openFromResults } from './last-results.ts';
import { OrderStatus } from './order-status.tsx';
import styles from './orders.module.css';
import { useOrdersText } from './orders-text.ts';

type Summary = FindOrdersReply['orders'][number];

/** The number an associate knows an order by: HQ's, or the store's confirmation number until HQ has it. */
export const orderNumberOf = (order: { number: string; confirmationNumber: string | null }): string =>
  order.number || order.confirmationNumber || '';

export const orderPath = (id: string) => `/orders/${encodeURIComponent(id)}`;

/** One page of found orders as rows to tap, each leading to the order's details; and the way to the next. */
export function OrderResults({
  reply,
  busy,
  firstPage,
  onFirstPage,
  onNextPage,
}: {
  reply: FindOrdersReply;
  busy: boolean;
  firstPage: boolean;
  onFirstPage: () => void;
  onNextPage: (after: string) => void;
}) {
  const t = useOrdersText();
  const format = useFormat();
  const open = (event: MouseEvent, order: Summary) => {
    // A plain click stays in the POS; a modified one does what the browser does with a link.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    openFromResults(orderPath(order.id));
  };
  return (
    <section className={styles.results} aria-labelledby="order-results-heading" aria-busy={busy}>
      <h2 id="order-results-heading">{t('results.heading')}</h2>
      {reply.orders.length === 0 ? (
        <p role="status">{t('results.none')}</p>
      ) : (
        <ol className={styles.resultList}>
          {reply.orders.map((order) => (
            <li key={order.id}>
              <a className={styles.result} href={orderPath(order.id)} onClick={(event) => open(event, order)}>
                <span className={styles.resultNumber}>
                  {orderNumberOf(order)}
                  {order.number ? null : <span className={styles.quiet}> {t('results.notAtHqYet')}</span>}
                </span>
                <span className={styles.resultCustomer}>
                  {order.customerName} <span className={styles.quiet}>{order.customerNumber}</span>
                </span>
                <OrderStatus status={order.status} />
                <span className={styles.resultTotal}>{format.money(order.total)}</span>
                <span className={styles.resultDelivery}>
                  {order.deliveryDate
                    ? t('results.nextDelivery', { date: format.date(order.deliveryDate) })
                    : t('results.noDelivery')}
                </span>
              </a>
            </li>
          ))}
        </ol>
      )}
      <nav className={styles.pages} aria-label={t('results.pages')}>
        {firstPage ? null : (
          <Button variant="secondary" onClick={onFirstPage}>
            {t('results.firstPage')}
          </Button>
        )}
        {reply.next ? (
          <Button variant="secondary" onClick={() => onNextPage(reply.next as string)}>
            {t('results.nextPage')}
          </Button>
        ) : null}
      </nav>
    </section>
  );
}
