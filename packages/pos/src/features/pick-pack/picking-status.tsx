import { OrderStatus } from '@kassa/web-kit/orders/order-status.tsx';
import orderStyles from '@kassa/web-kit/orders/orders.module.css';
import { useTranslation } from 'react-i18next';
import type { LineToPickAndPack } from './lines-to-pick-and-pack.ts';
import styles from './pick-pack.module.css';

/** R-PCK-1: how far each line to pick up here got: picked and packed of what is to be picked. */
export function PickingStatus({ lines }: { lines: readonly LineToPickAndPack[] }) {
  const { t } = useTranslation();
  return (
    <section className={styles.panel} aria-labelledby="picking-status-heading">
      <h2 id="picking-status-heading">{t('pickPack.status.heading')}</h2>
      <div className={orderStyles.tableScroll}>
        <table className={orderStyles.table}>
          <thead>
            <tr>
              <th scope="col">{t('pickPack.status.product')}</th>
              <th scope="col" className={orderStyles.number}>
                {t('pickPack.status.quantity')}
              </th>
              <th scope="col" className={orderStyles.number}>
                {t('pickPack.status.picked')}
              </th>
              <th scope="col" className={orderStyles.number}>
                {t('pickPack.status.packed')}
              </th>
              <th scope="col">{t('pickPack.status.status')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.lineId} data-line={line.lineId}>
                <td>
                  <strong>{line.description}</strong>
                  <br />
                  <span className={orderStyles.quiet}>{line.productId}</span>
                </td>
                <td className={orderStyles.number}>{line.quantity}</td>
                <td className={orderStyles.number}>{line.picked}</td>
                <td className={orderStyles.number}>{line.packed}</td>
                <td>{line.status ? <OrderStatus status={line.status} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
