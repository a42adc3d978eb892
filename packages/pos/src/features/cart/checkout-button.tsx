import type { CartView } from '@kassa/contracts';
import { useAction } from '@kassa/web-kit/api/use-action.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { navigate } from '@kassa/web-kit/navigation/router.ts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import { cartApi } from './cart-api.ts';
import { cartQueryKey } from './use-cart.ts';

/**
 * Finishes the cart as an order (or a quote) and shows its receipt. A retry after a failure carries the
 * same Idempotency-Key, so it makes no second order and charges no card twice (R-ASY-1).
 */
export function CheckoutButton({ cart, blocked }: { cart: CartView; blocked: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { api } = useServices();
  const queryClient = useQueryClient();
  // The version is part of the action: after a refusal (a declined card) the cart is changed, and its
  // checkout is then another request with its own key, while a plain retry keeps the key.
  const checkout = useAction(
    ({ cartId }: { cartId: string; version: number }, key: string) => cartApi(api).checkout(cartId, key),
    {
      onSuccess: (done) => {
        queryClient.setQueryData(cartQueryKey(cart.id), done.cart);
        navigate(`/receipts/${encodeURIComponent(done.receipt.id)}`, { replace: true });
      },
    },
  );
  return (
    <>
      {checkout.error ? <FormError>{errorText(checkout.error)}</FormError> : null}
      <Button
        disabled={blocked || checkout.isPending}
        onClick={() => checkout.mutate({ cartId: cart.id, version: cart.version })}
      >
        {checkout.isPending
          ? t('cart.checkout.working')
          : cart.type === 'quote'
            ? t('cart.checkout.quote')
            : t('cart.checkout.order')}
      </Button>
    </>
  );
}
