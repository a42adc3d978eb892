import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useTranslation } from 'react-i18next';
import { CancelForm } from './cancel-form.tsx';
import { hasOpenQuantities } from './lines-to-pick-up.ts';
import { OperationScreen } from './operation-screen.tsx';

/** `/orders/:orderId/cancel` (R-CAN-1..3): the open quantities are cancelled, the rest stays. */
export function CancelScreen({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  return (
    <OperationScreen orderId={orderId} heading={(number) => t('operations.cancel.heading', { number })}>
      {(order) =>
        hasOpenQuantities(order) ? (
          <CancelForm key={order.version} order={order} />
        ) : (
          <FormError>{t('operations.cancel.nothingOpen')}</FormError>
        )
      }
    </OperationScreen>
  );
}
