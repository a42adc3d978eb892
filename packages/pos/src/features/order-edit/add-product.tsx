import type { CatalogProduct } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import { cartApi } from '../cart/cart-api.ts';
import styles from '../order-operations/operations.module.css';

/**
 * R-EDT-1: adds a product by its SKU or barcode, typed or scanned (a scanner ends with Enter); the field
 * keeps the focus for the next scan. The store's catalogue names it, so the line shows its name and price
 * before HQ's preview; a code it does not know is said at the field.
 */
export function AddProduct({ onAdd }: { onAdd: (product: CatalogProduct) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { api } = useServices();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const entered = code.trim();
    if (!entered || busy) return;
    setBusy(true);
    try {
      // The store's search ranks an exact SKU (any case) or barcode first.
      const found = (await cartApi(api).products(entered)).items.find(
        (product) => product.sku.toLowerCase() === entered.toLowerCase() || product.barcode === entered,
      );
      if (found) {
        onAdd(found);
        setCode('');
        setError(undefined);
      } else {
        setError(t('operations.edit.productUnknown', { code: entered }));
      }
    } catch (failure) {
      setError(errorText(failure as ApiError));
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  };

  return (
    <section className={styles.panel} aria-labelledby="edit-add-heading">
      <h2 id="edit-add-heading">{t('operations.edit.addHeading')}</h2>
      <form className={styles.row} onSubmit={submit}>
        <TextField
          label={t('operations.edit.code')}
          value={code}
          onChange={(typed) => {
            setCode(typed);
            setError(undefined);
          }}
          error={error}
          inputRef={input}
          autoComplete="off"
        />
        <Button type="submit" disabled={busy}>
          {t('operations.edit.add')}
        </Button>
      </form>
    </section>
  );
}
