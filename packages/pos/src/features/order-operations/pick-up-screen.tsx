import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../services.tsx';
import { linesToPickUp } from './lines-to-pick-up.ts';
import { OperationScreen } from './operation-screen.tsx';
import { PickUpForm } from './pick-up-form.tsx';

/** `/orders/:orderId/pick-up` (R-PCK-2..4): the customer collects at this store. */
export function PickUpScreen({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const storeId = useSession().session?.storeId ?? '';
  return (
    <OperationScreen orderId={orderId} heading={(number) => t('operations.pickUp.heading', { number })}>
      {(order) => {
        const lines = linesToPickUp(order, storeId);
        // The form starts from the order as read; another version (after a pickup) starts afresh.
        return lines.length > 0 ? (
          <PickUpForm key={order.version} order={order} lines={lines} />
        ) : (
          <FormError>{t('operations.pickUp.nothingHere')}</FormError>
        );
      }}
    </OperationScreen>
  );
}
