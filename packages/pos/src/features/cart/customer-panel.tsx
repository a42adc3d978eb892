import type { CartView } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import { cartApi } from './cart-api.ts';
import styles from './panel.module.css';
import { useCartChange } from './use-cart.ts';

/**
 * The cart's customer (R-CRE-1): found by name, e-mail, phone or number. A walk-in sale needs none;
 * a customer order does, and a shipment goes to one of the customer's addresses.
 */
export function CustomerPanel({ cart }: { cart: CartView }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { api } = useServices();
  const set = useCartChange(cart);
  const [search, setSearch] = useState('');
  const [searched, setSearched] = useState('');
  const found = useQuery({
    queryKey: ['customers', searched],
    queryFn: () => cartApi(api).customers(searched),
    enabled: searched !== '',
  });

  return (
    <section className={styles.panel} aria-labelledby="customer-heading">
      <h2 id="customer-heading">{t('cart.customer.heading')}</h2>
      {cart.customer ? (
        <div className={styles.row}>
          <p>
            <strong>{cart.customer.name}</strong> <span className={styles.quiet}>{cart.customer.number}</span>
          </p>
          <Button variant="secondary" onClick={() => set.change([{ kind: 'removeCustomer' }])}>
            {t('cart.customer.remove')}
          </Button>
        </div>
      ) : (
        <>
          <p className={styles.quiet}>{t('cart.customer.none')}</p>
          <form
            className={styles.row}
            onSubmit={(event) => {
              event.preventDefault();
              setSearched(search.trim());
            }}
          >
            <TextField label={t('cart.customer.search')} value={search} onChange={setSearch} type="search" />
            <Button type="submit" variant="secondary">
              {t('cart.customer.find')}
            </Button>
          </form>
          {found.error ? <FormError>{errorText(found.error as ApiError)}</FormError> : null}
          {found.data?.items.length === 0 ? <p>{t('cart.customer.notFound')}</p> : null}
          {found.data && found.data.items.length > 0 ? (
            <ul className={styles.results} aria-label={t('cart.customer.results')}>
              {found.data.items.map((customer) => (
                <li key={customer.number}>
                  <Button
                    variant="secondary"
                    className={styles.result}
                    disabled={set.isPending}
                    onClick={() =>
                      set.change([{ kind: 'setCustomer', customerNumber: customer.number }], {
                        onSuccess: () => setSearched(''),
                      })
                    }
                    aria-label={t('cart.customer.choose', { name: customer.name })}
                  >
                    <span>{customer.name}</span>
                    <span className={styles.quiet}>
                      {[customer.number, customer.email, customer.phone].filter(Boolean).join(' · ')}
                    </span>
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      {set.error ? <FormError>{errorText(set.error)}</FormError> : null}
    </section>
  );
}
