import type { CommerceParameters } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import { OperationScreen } from './operation-screen.tsx';
import { ReturnForm } from './return-form.tsx';
import { returnableInvoices } from './returnable-lines.ts';

/** The Commerce parameters as this store has them (`GET /api/commerce-parameters`, job 1070). */
function useCommerceParameters() {
  const { api } = useServices();
  return useQuery<CommerceParameters, ApiError>({
    queryKey: ['commerceParameters'],
    queryFn: () => api.get<CommerceParameters>('/commerce-parameters'),
    retry: false,
    staleTime: 60_000,
  });
}

/** `/orders/:orderId/return` (R-RET-1..4): invoiced units come back against one invoice. */
export function ReturnScreen({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const parameters = useCommerceParameters();
  return (
    <OperationScreen orderId={orderId} heading={(number) => t('operations.return.heading', { number })}>
      {(order) => {
        const invoices = returnableInvoices(order);
        if (invoices.length === 0) return <FormError>{t('operations.return.nothingReturnable')}</FormError>;
        if (parameters.error) return <FormError>{errorText(parameters.error)}</FormError>;
        if (!parameters.data) return <p role="status">{t('details.loading', { ns: 'orders' })}</p>;
        // The form starts from the order as read; another version (after a return) starts afresh.
        return (
          <ReturnForm
            key={order.version}
            order={order}
            invoices={invoices}
            refundShipping={parameters.data.refundShippingCharges}
          />
        );
      }}
    </OperationScreen>
  );
}
