import type { Receipt } from '@kassa/contracts';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useTranslation } from 'react-i18next';
import { receiptDeliveryText } from './receipt-delivery-text.ts';
import styles from './receipt-screen.module.css';

/**
 * What a receipt says (R-RCP-1): its kind, numbers, lines with their delivery, charges, VAT per rate, the
 * money after it, the tenders and the cash handed over with the change; a return's order, invoice and
 * reason, and who approved. A cancellation's lines were never charged: they read "Cancelled", not a
 * negative amount (decision 0019).
 */
export function ReceiptView({ receipt }: { receipt: Receipt }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (cents: number) => format.money(cents);
  const amount = (cents: number, cancellationCharge = false) =>
    receipt.kind === 'cancel' && cents === 0 && !cancellationCharge ? t('receipt.notCharged') : money(cents);
  const returned = receipt.returnOrder;
  const { order } = receipt;
  const tenderText = (tender: Receipt['tenders'][number]) =>
    t(`receipt.tender.${tender.kind}`, {
      method:
        tender.method === 'card'
          ? t('receipt.method.card', { last4: tender.last4 ?? '' })
          : t('receipt.method.cash'),
    });
  return (
    <>
      <h1>
        {order.type === 'quote' ? t('receipt.quoteHeading') : t('receipt.heading')}{' '}
        {order.number || order.confirmationNumber}
      </h1>
      <dl className={styles.facts}>
        <dt>{t('receipt.kind')}</dt>
        <dd>{t(`receipt.kinds.${receipt.kind}`)}</dd>
        {/* An order made at the store while HQ was away (R-CRE-7) has its HQ number only later. */}
        {order.number ? (
          <>
            <dt>{t('receipt.orderNumber')}</dt>
            <dd>{order.number}</dd>
          </>
        ) : null}
        {order.confirmationNumber ? (
          <>
            <dt>{t('receipt.confirmationNumber')}</dt>
            <dd>{order.confirmationNumber}</dd>
          </>
        ) : null}
        <dt>{t('receipt.receiptNumber')}</dt>
        <dd>{receipt.id}</dd>
        <dt>{t('receipt.customer')}</dt>
        <dd>
          {order.customer.name} ({order.customer.number})
        </dd>
        {order.pickupCode ? (
          <>
            <dt>{t('receipt.pickupCode')}</dt>
            <dd>{order.pickupCode}</dd>
          </>
        ) : null}
        {receipt.collectedBy ? (
          <>
            <dt>{t('receipt.collectedBy')}</dt>
            <dd>
              {/* R-PCK-6: HQ records `customer` when the customer came. */}
              {receipt.collectedBy === 'customer'
                ? t('receipt.theCustomer', { name: order.customer.name })
                : receipt.collectedBy}
            </dd>
          </>
        ) : null}
        {order.quoteExpiresOn ? (
          <>
            <dt>{t('receipt.quoteExpiresOn')}</dt>
            <dd>{format.date(order.quoteExpiresOn)}</dd>
          </>
        ) : null}
        {returned?.number ? <Fact label={t('receipt.returnOrder')} value={returned.number} /> : null}
        {returned ? (
          <Fact label={t('receipt.invoice')} value={returned.invoiceNumber ?? returned.invoiceId} />
        ) : null}
        {returned ? <Fact label={t('receipt.reason')} value={returned.reason} /> : null}
        {receipt.approvedBy ? <Fact label={t('receipt.approvedBy')} value={receipt.approvedBy} /> : null}
      </dl>
      <table className={styles.table} aria-label={t('receipt.lines')}>
        <thead>
          <tr>
            <th>{t('cart.lines.product')}</th>
            <th className={styles.number}>{t('cart.lines.quantityHeading')}</th>
            <th className={styles.number}>{t('cart.lines.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {receipt.lines.map((line) => (
            <tr key={line.lineId}>
              <td>
                <div>{line.description}</div>
                <div className={styles.quiet}>{receiptDeliveryText(t, format.date, line.delivery)}</div>
              </td>
              <td className={styles.number}>{line.quantity}</td>
              <td className={styles.number}>{amount(line.amount)}</td>
            </tr>
          ))}
          {receipt.charges.map((charge) => (
            <tr key={`${charge.kind}-${charge.chargeId ?? ''}`}>
              <td>{t(`receipt.charge.${charge.kind}`)}</td>
              <td />
              <td className={styles.number}>{amount(charge.amount, charge.kind === 'cancellation')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className={styles.facts} aria-label={t('receipt.money')}>
        <dt>{t('cart.totals.total')}</dt>
        <dd>{money(receipt.total)}</dd>
        {receipt.effect.refund !== 0 ? (
          <Fact label={t('receipt.refund')} value={money(receipt.effect.refund)} />
        ) : null}
        {receipt.vat.map((vat) => (
          <Fact key={vat.rate} label={t('cart.totals.vat', { rate: vat.rate })} value={money(vat.vat)} />
        ))}
        <dt>{t('cart.payment.depositRequired')}</dt>
        <dd>{money(receipt.money.depositRequired)}</dd>
        <dt>{t('receipt.depositPaid')}</dt>
        <dd>{money(receipt.money.depositPaid)}</dd>
        <dt>{t('receipt.paid')}</dt>
        <dd>{money(receipt.money.paid)}</dd>
        <dt>{t('receipt.balance')}</dt>
        <dd>{money(receipt.money.balance)}</dd>
        {receipt.tenders.map((tender) => (
          <Fact
            key={`${tender.tenderId ?? ''}-${tender.kind}`}
            label={tenderText(tender)}
            value={money(tender.amount)}
          />
        ))}
        {receipt.cash ? (
          <>
            <dt>{t('receipt.cashHandedOver')}</dt>
            <dd>{money(receipt.cash.tendered)}</dd>
            <dt className={styles.strong}>{t('receipt.change')}</dt>
            <dd className={styles.strong}>{money(receipt.cash.change)}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
