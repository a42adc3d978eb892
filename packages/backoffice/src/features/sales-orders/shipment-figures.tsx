import type { RtsOperationReply } from '@kassa/contracts';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import orderStyles from '@kassa/web-kit/orders/orders.module.css';
import { useTranslation } from 'react-i18next';

const FIGURES = ['invoiced', 'depositApplied', 'captured', 'unpaid', 'balance'] as const;

/**
 * The money a shipment moves (R-MON-4), before it ships and once it has: the deposit applied, what was
 * captured, what stays unpaid of what is due, and the order's balance. Once shipped, the invoice above
 * says what was invoiced, so `invoiced` shows only in the preview.
 */
export function ShipmentFigures({
  effect,
  invoiced,
}: {
  effect: RtsOperationReply['effect'];
  invoiced: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const cents = {
    invoiced: effect.invoiced,
    depositApplied: effect.depositApplied,
    captured: effect.captured,
    unpaid: Math.max(0, effect.due - effect.captured - effect.paidNow),
    balance: effect.balance,
  };
  return (
    <dl className={orderStyles.facts}>
      {FIGURES.filter((figure) => invoiced || figure !== 'invoiced').map((figure) => (
        <div key={figure}>
          <dt>{t(`salesOrders.ship.figures.${figure}`)}</dt>
          <dd className={orderStyles.amount}>{format.money(cents[figure])}</dd>
        </div>
      ))}
    </dl>
  );
}
