import type { RtsInvoice, RtsOperationReply } from '@kassa/contracts';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import orderStyles from '@kassa/web-kit/orders/orders.module.css';
import { useTranslation } from 'react-i18next';
import styles from './sales-orders.module.css';
import { ShipmentFigures } from './shipment-figures.tsx';

/** The invoice a shipment issued, as HQ answered it: its documents are in the order of the reply. */
export function invoiceOfShipment(reply: RtsOperationReply): RtsInvoice | undefined {
  const issued = reply.invoices[0];
  return issued ? reply.order.invoices.find((invoice) => invoice.id === issued.id) : undefined;
}

/**
 * R-PCK-5, R-MON-4: what the shipment invoiced: the goods, the shipment's charge (with its first invoice),
 * VAT per rate and the total, with the money it moved.
 */
export function ShippedInvoice({ reply }: { reply: RtsOperationReply }) {
  const { t } = useTranslation();
  const format = useFormat();
  const invoice = invoiceOfShipment(reply);
  if (!invoice) return null;
  const number = invoice.number ?? invoice.id;
  return (
    <section className={`${orderStyles.section} ${styles.shipped}`} aria-labelledby="shipped-invoice">
      <h2 id="shipped-invoice">{t('salesOrders.shipped.heading', { number })}</h2>
      <p role="status">{t('salesOrders.shipped.done', { number, location: invoice.locationId })}</p>
      <table className={orderStyles.table} aria-label={t('salesOrders.shipped.invoice', { number })}>
        <thead>
          <tr>
            <th scope="col">{t('salesOrders.shipped.item')}</th>
            <th scope="col" className={orderStyles.number}>
              {t('salesOrders.shipped.quantity')}
            </th>
            <th scope="col" className={orderStyles.number}>
              {t('salesOrders.shipped.unitPrice')}
            </th>
            <th scope="col" className={orderStyles.number}>
              {t('salesOrders.shipped.vatRate')}
            </th>
            <th scope="col" className={orderStyles.number}>
              {t('salesOrders.shipped.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((line) => (
            <tr key={line.lineId}>
              <td>
                {line.description} <span className={orderStyles.quiet}>{line.productId}</span>
              </td>
              <td className={orderStyles.number}>{line.quantity}</td>
              <td className={orderStyles.number}>{format.money(line.unitPrice)}</td>
              <td className={orderStyles.number}>
                {t('salesOrders.shipped.percent', { rate: line.vatRate })}
              </td>
              <td className={orderStyles.number}>{format.money(line.amount)}</td>
            </tr>
          ))}
          {invoice.charges.map((charge) => (
            <tr key={charge.chargeId}>
              <td>{t('salesOrders.shipped.charge', { code: charge.code })}</td>
              <td />
              <td />
              <td className={orderStyles.number}>
                {t('salesOrders.shipped.percent', { rate: charge.vatRate })}
              </td>
              <td className={orderStyles.number}>{format.money(charge.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {invoice.vat.map((vat) => (
            <tr key={vat.rate}>
              <th scope="row" colSpan={4}>
                {t('salesOrders.shipped.vat', { rate: vat.rate, net: format.money(vat.net) })}
              </th>
              <td className={orderStyles.number}>{format.money(vat.vat)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" colSpan={4}>
              {t('salesOrders.shipped.total')}
            </th>
            <td className={`${orderStyles.number} ${styles.total}`}>{format.money(invoice.total)}</td>
          </tr>
        </tfoot>
      </table>
      <ShipmentFigures effect={reply.effect} invoiced={false} />
    </section>
  );
}
