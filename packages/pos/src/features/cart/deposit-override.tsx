import type { CartView, ManagerOverride } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ManagerOverrideDialog } from '../../components/manager-override-dialog.tsx';
import { useSession } from '../../services.tsx';
import { changeField } from './change-field.ts';
import { parseMoney } from './money.ts';
import styles from './panel.module.css';
import { useCartChange } from './use-cart.ts';

/**
 * R-DEP-2: another deposit for the ship and pickup part, 0 up to the order total. An associate with the
 * permission sets it; otherwise a manager approves it on the spot. Clearing it returns to the calculated
 * deposit.
 */
export function DepositOverride({ cart }: { cart: CartView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const state = useSession();
  const set = useCartChange(cart);
  const [amount, setAmount] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [asking, setAsking] = useState<number>();
  const mayOverride = state.session?.permissions.includes('overrideDeposit') ?? false;

  const send = (cents: number, managerOverride?: ManagerOverride) =>
    set.change([{ kind: 'overrideDeposit', amount: cents }], {
      ...(managerOverride ? { managerOverride } : {}),
      onSuccess: () => {
        setAsking(undefined);
        setAmount('');
      },
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = parseMoney(amount);
    setInvalid(cents === undefined);
    if (cents === undefined) return;
    set.reset();
    if (mayOverride) send(cents);
    else setAsking(cents);
  };

  const field = changeField(set.error) ?? '';
  const overrideError = field.startsWith('managerOverride');
  const dialogErrors =
    set.error && asking !== undefined
      ? overrideError
        ? field === 'managerOverride.staffId'
          ? { staffId: errorText(set.error) }
          : { password: errorText(set.error) }
        : { form: errorText(set.error) }
      : {};

  if (cart.depositOverride) {
    const { amount: overridden, approvedBy } = cart.depositOverride;
    return (
      <div className={styles.row}>
        <p>
          {approvedBy
            ? t('cart.deposit.overriddenBy', { amount: format.money(overridden), manager: approvedBy })
            : t('cart.deposit.overridden', { amount: format.money(overridden) })}
        </p>
        <Button
          variant="secondary"
          disabled={set.isPending}
          onClick={() => set.change([{ kind: 'clearDepositOverride' }])}
        >
          {t('cart.deposit.clear')}
        </Button>
        {set.error ? <FormError>{errorText(set.error)}</FormError> : null}
      </div>
    );
  }
  return (
    <>
      <form className={styles.row} onSubmit={submit} aria-label={t('cart.deposit.heading')}>
        <TextField
          label={t('cart.deposit.amount')}
          inputMode="decimal"
          value={amount}
          onChange={setAmount}
          error={
            invalid
              ? t('cart.amountInvalid')
              : set.error && field === 'amount'
                ? errorText(set.error)
                : undefined
          }
        />
        <Button type="submit" variant="secondary" disabled={set.isPending}>
          {t('cart.deposit.override')}
        </Button>
        {set.error && asking === undefined && field !== 'amount' ? (
          <FormError>{errorText(set.error)}</FormError>
        ) : null}
      </form>
      {/* Beside the form, not in it: a form in a form would submit both. */}
      {asking !== undefined ? (
        <ManagerOverrideDialog
          action={t('cart.deposit.approve', { amount: format.money(asking) })}
          pending={set.isPending}
          errors={dialogErrors}
          onApprove={(override) => send(asking, override)}
          onCancel={() => {
            setAsking(undefined);
            set.reset();
          }}
        />
      ) : null}
    </>
  );
}
