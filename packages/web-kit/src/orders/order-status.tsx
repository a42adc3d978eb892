import styles from './orders.module.css';
import { useOrdersText } from './orders-text.ts';

/** The statuses of an order (RtsOrderStatus) and of its lines (picked, packed) the POS names. */
const STATUSES = [
  'quote',
  'open',
  'processing',
  'picked',
  'packed',
  'partiallyDelivered',
  'delivered',
  'cancelled',
] as const;
type Status = (typeof STATUSES)[number];

const isStatus = (status: string): status is Status => STATUSES.includes(status as Status);

/** An order's or a line's status in the associate's language, as a badge; an unknown one as it came. */
export function OrderStatus({ status }: { status: string }) {
  const t = useOrdersText();
  return (
    <span className={styles.status} data-status={status}>
      {isStatus(status) ? t(`status.${status}`) : status}
    </span>
  );
}
