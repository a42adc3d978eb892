import type { CartView, DeliveryOptions } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useTranslation } from 'react-i18next';
import { CardPaymentForm } from './card-payment-form.tsx';
import type { CheckoutPreview } from './cart-api.ts';
import { CashPaymentForm } from './cash-payment-form.tsx';
import { CheckoutButton } from './checkout-button.tsx';
import { CheckoutFigures } from './checkout-figures.tsx';
import { DepositOverride } from './deposit-override.tsx';
import styles from './panel.module.css';
import { QuoteExpiry } from './quote-expiry.tsx';
import { TenderList } from './tender-list.tsx';

/**
 * Payment and checkout (SPEC §5): HQ's figures, the tenders taken, cash and card, a card authorization
 * for the balance when the store's profile disables paying later (R-DEP-4), and the checkout. A quote
 * takes no payment (R-CRE-5).
 */
export function PaymentPanel({
  cart,
  preview,
  previewError,
  options,
}: {
  cart: CartView;
  options: DeliveryOptions | undefined;
  preview: CheckoutPreview | undefined;
  previewError: ApiError | null;
}) {
  const { t } = useTranslation();
  if (cart.lines.length === 0) return null;
  const paid = cart.tenders
    .filter((tender) => tender.kind !== 'cardAuthorization')
    .reduce((sum, x) => sum + x.amount, 0);
  const due = preview?.effect.toCollect ?? 0;
  const blockers = preview?.blockers ?? [];
  const authorization = blockers.find((blocker) => blocker.code === 'CARD_AUTHORIZATION_REQUIRED');
  const quote = cart.type === 'quote';
  return (
    <section className={styles.panel} aria-labelledby="payment-heading">
      <h2 id="payment-heading">{quote ? t('cart.payment.quoteHeading') : t('cart.payment.heading')}</h2>
      <CheckoutFigures preview={preview} error={previewError} paid={paid} />
      {quote ? (
        <QuoteExpiry cart={cart} options={options} />
      ) : (
        <>
          {cart.lines.some((line) => line.delivery.kind !== 'carryOut') ? (
            <DepositOverride cart={cart} />
          ) : null}
          <TenderList cart={cart} />
          <CashPaymentForm cart={cart} due={due} />
          <CardPaymentForm cart={cart} amountDue={due} kind="addCardPayment" />
          {authorization ? (
            <CardPaymentForm
              cart={cart}
              amountDue={Number(authorization.details?.amount ?? 0)}
              kind="authorizeCard"
            />
          ) : null}
        </>
      )}
      {/* A refusal of the checkout is about the cart as it was; a changed cart starts afresh. */}
      <CheckoutButton key={cart.version} cart={cart} blocked={!preview || blockers.length > 0} />
    </section>
  );
}
