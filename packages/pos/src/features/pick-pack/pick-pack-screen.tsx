import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import type { OrderDetails } from '@kassa/web-kit/orders/order-details.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../services.tsx';
import { OperationScreen } from '../order-operations/operation-screen.tsx';
import { heldByHq } from '../orders/held-by-hq.ts';
import { linesToPickAndPack } from './lines-to-pick-and-pack.ts';
import { MarkLinesForm } from './mark-lines-form.tsx';
import styles from './pick-pack.module.css';
import { PickingStatus } from './picking-status.tsx';
import { type MarkOperation, useMarkLines } from './use-mark-lines.ts';

/**
 * `/orders/:orderId/pick-pack` (R-PCK-1): the associate marks this store's pickup lines picked, then
 * packed, and sees how far each line got. Another associate's picking since the order was read is a
 * conflict HQ refuses; the order is then read again and the screen says what happened.
 */
export function PickPackScreen({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  return (
    <OperationScreen orderId={orderId} heading={(number) => t('pickPack.heading', { number })}>
      {(order) => <PickPack order={order} />}
    </OperationScreen>
  );
}

function PickPack({ order }: { order: OrderDetails }) {
  const { t } = useTranslation();
  const storeId = useSession().session?.storeId ?? '';
  const lines = linesToPickAndPack(order, storeId);
  // The actions outlive the forms, which start afresh from each version read: a conflict's message stays
  // while the order is read again.
  const pick = useMarkLines(order.id, 'pick');
  const pack = useMarkLines(order.id, 'pack');
  const [done, setDone] = useState<{ operation: MarkOperation; count: number } | null>(null);
  const forms = [
    { operation: 'pick', action: pick, other: pack },
    { operation: 'pack', action: pack, other: pick },
  ] as const;
  if (!heldByHq(order)) return <FormError>{t('pickPack.notAtHqYet')}</FormError>;
  if (lines.length === 0) return <p className={styles.empty}>{t('pickPack.nothingHere')}</p>;
  return (
    <>
      <PickingStatus lines={lines} />
      <p role="status" className={styles.done}>
        {done ? t(`pickPack.${done.operation}.done`, { count: done.count }) : ''}
      </p>
      <div className={styles.forms}>
        {forms.map(({ operation, action, other }) => (
          <MarkLinesForm
            key={`${operation}-${order.version}`}
            operation={operation}
            version={order.version}
            lines={lines}
            pending={action.isPending}
            error={action.error}
            onChange={() => action.reset()}
            onMark={(request) => {
              setDone(null);
              other.reset();
              action.mutate(request, {
                onSuccess: () =>
                  setDone({
                    operation,
                    count: request.lines.reduce((sum, line) => sum + line.quantity, 0),
                  }),
              });
            }}
          />
        ))}
      </div>
    </>
  );
}
