import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useTranslation } from 'react-i18next';
import { useDeliveryOptions } from '../cart/use-delivery-options.ts';
import { OperationScreen } from '../order-operations/operation-screen.tsx';
import { canEdit } from './edit-draft.ts';
import { EditOrderForm } from './edit-order-form.tsx';

/** `/orders/:orderId/edit` (R-EDT-1..4): change an open order or an unexpired quote. */
export function EditOrderScreen({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const today = useDeliveryOptions().data?.today;
  return (
    <OperationScreen orderId={orderId} heading={(number) => t('operations.edit.heading', { number })}>
      {(order) =>
        canEdit(order, today) ? (
          // The form keeps the order as first read (R-EDT-4): a newer version is read only when asked.
          <EditOrderForm key={order.id} orderId={orderId} initial={order} />
        ) : (
          <FormError>{t('operations.edit.notEditable')}</FormError>
        )
      }
    </OperationScreen>
  );
}
