import type { CartView } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeErrors } from './change-field.ts';
import { moneyInput, parseMoney } from './money.ts';
import styles from './panel.module.css';
import { useCartChange } from './use-cart.ts';

/**
 * A card through HQ's payment connector: charged now (`addCardPayment`), or held for the balance and
 * captured at delivery (`authorizeCard`, R-DEP-4). The store tokenizes the card as the change is made,
 * so the cart never keeps its number.
 */
export function CardPaymentForm({
  cart,
  amountDue,
  kind,
}: {
  cart: CartView;
  amountDue: number;
  kind: 'addCardPayment' | 'authorizeCard';
}) {
  const { t } = useTranslation();
  const pay = useCartChange(cart);
  const [number, setNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [amount, setAmount] = useState(amountDue > 0 ? moneyInput(amountDue) : '');
  const [typed, setTyped] = useState(false);
  const [amountInvalid, setAmountInvalid] = useState(false);
  useEffect(() => {
    if (!typed) setAmount(amountDue > 0 ? moneyInput(amountDue) : '');
  }, [amountDue, typed]);
  const errors = useChangeErrors(pay.error, ['card.number', 'card.expiry', 'amount']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = parseMoney(amount);
    setAmountInvalid(cents === undefined || cents === 0);
    if (cents === undefined || cents === 0) return;
    pay.change([{ kind, card: { number: number.trim(), expiry: expiry.trim() }, amount: cents }], {
      onSuccess: () => {
        setNumber('');
        setExpiry('');
        setTyped(false);
      },
    });
  };
  const heading = kind === 'addCardPayment' ? t('cart.payment.card') : t('cart.payment.authorize');
  const id = `${kind}-heading`;
  return (
    <form className={styles.panel} onSubmit={submit} aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <div className={styles.row}>
        <TextField
          label={t('cart.payment.cardNumber')}
          inputMode="numeric"
          autoComplete="off"
          value={number}
          onChange={setNumber}
          error={errors.at('card.number')}
        />
        <TextField
          label={t('cart.payment.expiry')}
          placeholder={t('cart.payment.expiryFormat')}
          value={expiry}
          onChange={setExpiry}
          error={errors.at('card.expiry')}
        />
        <TextField
          label={t('cart.payment.amount')}
          inputMode="decimal"
          value={amount}
          onChange={(value) => {
            setTyped(true);
            setAmount(value);
          }}
          error={amountInvalid ? t('cart.amountInvalid') : errors.at('amount')}
        />
      </div>
      {errors.elsewhere ? <FormError>{errors.elsewhere}</FormError> : null}
      <Button type="submit" disabled={pay.isPending}>
        {kind === 'addCardPayment' ? t('cart.payment.payCard') : t('cart.payment.authorizeCard')}
      </Button>
    </form>
  );
}
