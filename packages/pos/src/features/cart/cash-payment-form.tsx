import type { CartView } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeField } from './change-field.ts';
import { moneyInput, parseMoney } from './money.ts';
import styles from './panel.module.css';
import { useCartChange } from './use-cart.ts';

/**
 * Cash: the amount paid (what is due now, to start with) and what the customer handed over, with the
 * change to give back worked out as it is typed.
 */
export function CashPaymentForm({ cart, due }: { cart: CartView; due: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const pay = useCartChange(cart);
  const [amount, setAmount] = useState(due > 0 ? moneyInput(due) : '');
  const [tendered, setTendered] = useState('');
  const [invalid, setInvalid] = useState<'amount' | 'tendered' | undefined>();
  // What is due follows the cart until the associate has typed an amount of their own.
  const [typed, setTyped] = useState(false);
  useEffect(() => {
    if (!typed) setAmount(due > 0 ? moneyInput(due) : '');
  }, [due, typed]);

  const cents = parseMoney(amount);
  const handed = tendered.trim() === '' ? cents : parseMoney(tendered);
  const change = cents !== undefined && handed !== undefined && handed > cents ? handed - cents : 0;
  const field = changeField(pay.error);
  const errorAt = (name: 'amount' | 'tendered') =>
    invalid === name
      ? t('cart.amountInvalid')
      : pay.error && field === name
        ? errorText(pay.error)
        : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (cents === undefined || cents === 0) return setInvalid('amount');
    if (handed === undefined) return setInvalid('tendered');
    setInvalid(undefined);
    pay.change([{ kind: 'addCashPayment', amount: cents, tendered: handed }], {
      onSuccess: () => {
        setTyped(false);
        setTendered('');
      },
    });
  };
  return (
    <form className={styles.panel} onSubmit={submit} aria-labelledby="cash-heading">
      <h3 id="cash-heading">{t('cart.payment.cash')}</h3>
      <div className={styles.row}>
        <TextField
          label={t('cart.payment.amount')}
          inputMode="decimal"
          value={amount}
          onChange={(value) => {
            setTyped(true);
            setAmount(value);
          }}
          error={errorAt('amount')}
        />
        <TextField
          label={t('cart.payment.handedOver')}
          inputMode="decimal"
          value={tendered}
          onChange={setTendered}
          error={errorAt('tendered')}
        />
      </div>
      <p aria-live="polite">
        {t('cart.payment.changeToGive')}: <strong>{format.money(change)}</strong>
      </p>
      {pay.error && field !== 'amount' && field !== 'tendered' ? (
        <FormError>{errorText(pay.error)}</FormError>
      ) : null}
      <Button type="submit" disabled={pay.isPending}>
        {t('cart.payment.payCash')}
      </Button>
    </form>
  );
}
