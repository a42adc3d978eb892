import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useTranslation } from 'react-i18next';
import { HomeAction } from '../home/home-action.tsx';
import { useOpenCart } from './use-open-cart.ts';

/** Home's "New transaction". */
export function NewTransactionAction() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const open = useOpenCart();
  return (
    <>
      <HomeAction label={t('home.newTransaction')} onSelect={() => open.mutate({})} />
      {open.error ? <FormError>{errorText(open.error)}</FormError> : null}
    </>
  );
}
