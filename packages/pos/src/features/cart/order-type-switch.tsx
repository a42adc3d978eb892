import type { CartView } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import fieldset from '@kassa/web-kit/components/fieldset.module.css';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useTranslation } from 'react-i18next';
import { useCartChange } from './use-cart.ts';

const TYPES = ['customerOrder', 'quote'] as const;

/** Customer order or Quote (R-CRE-5): a quote takes no payment and has no carry-out lines. */
export function OrderTypeSwitch({ cart }: { cart: CartView }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const set = useCartChange(cart);
  return (
    <fieldset className={fieldset.fieldset} aria-label={t('cart.type.label')}>
      {TYPES.map((type) => (
        <Button
          key={type}
          variant="secondary"
          aria-pressed={cart.type === type}
          disabled={set.isPending}
          onClick={() => cart.type !== type && set.change([{ kind: 'setType', type }])}
        >
          {t(`cart.type.${type}`)}
        </Button>
      ))}
      {set.error ? <FormError>{errorText(set.error)}</FormError> : null}
    </fieldset>
  );
}
