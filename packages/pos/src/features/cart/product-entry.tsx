import type { CartView } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { FormError } from '@kassa/web-kit/components/form-error.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import { cartApi } from './cart-api.ts';
import { changeField } from './change-field.ts';
import styles from './panel.module.css';
import { useCartChange } from './use-cart.ts';

/** A scanner types digits and ends with Enter; people type SKUs, which have letters (TENT-2P). */
const isBarcode = (code: string) => /^\d{6,}$/.test(code);

/**
 * Adds products (R-CRE-1): a scan or a typed SKU in one field, ending with Enter, which keeps the focus
 * so the next scan follows; or a search by name with a result list to pick from.
 */
export function ProductEntry({ cart }: { cart: CartView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const { api } = useServices();
  const add = useCartChange(cart);
  const [code, setCode] = useState('');
  const [search, setSearch] = useState('');
  const [searched, setSearched] = useState('');
  const codeInput = useRef<HTMLInputElement>(null);
  const found = useQuery({
    queryKey: ['products', searched],
    queryFn: () => cartApi(api).products(searched),
    enabled: searched !== '',
  });

  // A scanner may send the next code before the store answered the last one: codes wait their turn here,
  // each sent against the cart as the one before left it, so none is lost and none meets a conflict.
  const queue = useRef<string[]>([]);
  const draining = useRef(false);
  const version = useRef(cart.version);
  useEffect(() => {
    version.current = cart.version;
  }, [cart.version]);
  const [failed, setFailed] = useState<{ readonly code: string; readonly error: ApiError }>();

  const drain = async () => {
    if (draining.current) return;
    draining.current = true;
    try {
      for (let next = queue.current.shift(); next !== undefined; next = queue.current.shift()) {
        const entered = next;
        try {
          const changed = await add.mutateAsync({
            version: version.current,
            changes: [
              isBarcode(entered)
                ? { kind: 'scanBarcode', barcode: entered, quantity: 1 }
                : { kind: 'addProduct', sku: entered, quantity: 1 },
            ],
          });
          version.current = changed.version;
        } catch (error) {
          // The refused code goes back into the field, with the reason, to be corrected.
          setFailed({ code: entered, error: error as ApiError });
          setCode((typed) => (typed.trim() === '' ? entered : typed));
        }
      }
    } finally {
      draining.current = false;
    }
  };
  const enqueue = (entered: string) => {
    setFailed(undefined);
    queue.current.push(entered);
    void drain();
  };
  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    const entered = code.trim();
    if (!entered) return;
    setCode('');
    codeInput.current?.focus();
    enqueue(entered);
  };
  const field = changeField(failed?.error);
  const codeError = failed && (field === 'sku' || field === 'barcode') ? errorText(failed.error) : undefined;

  return (
    <section className={styles.panel} aria-labelledby="product-entry-heading">
      <h2 id="product-entry-heading">{t('cart.products.heading')}</h2>
      <form className={styles.row} onSubmit={submitCode}>
        <TextField
          label={t('cart.products.code')}
          value={code}
          onChange={(typed) => {
            setCode(typed);
            setFailed(undefined);
          }}
          error={codeError}
          inputRef={codeInput}
          autoComplete="off"
          // The scanner's input lands here when the cart opens.
          autoFocus
        />
        <Button type="submit">{t('cart.products.add')}</Button>
      </form>
      {failed && !codeError ? <FormError>{errorText(failed.error)}</FormError> : null}
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          setSearched(search.trim());
        }}
      >
        <TextField label={t('cart.products.search')} value={search} onChange={setSearch} type="search" />
        <Button type="submit" variant="secondary">
          {t('cart.products.find')}
        </Button>
      </form>
      {found.error ? <FormError>{errorText(found.error as ApiError)}</FormError> : null}
      {found.data ? (
        found.data.items.length === 0 ? (
          <p>{t('cart.products.none')}</p>
        ) : (
          <ul className={styles.results} aria-label={t('cart.products.results')}>
            {found.data.items.map((product) => (
              <li key={product.sku}>
                <Button
                  variant="secondary"
                  className={styles.result}
                  onClick={() => enqueue(product.sku)}
                  aria-label={t('cart.products.addNamed', { name: product.name })}
                >
                  <span>{product.name}</span>
                  <span className={styles.quiet}>{product.sku}</span>
                  <span>{format.money(product.price)}</span>
                </Button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
