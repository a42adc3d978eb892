import type { DeliveryOptions, ProductStock } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { useErrorText } from '@kassa/web-kit/i18n/use-error-text.ts';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../services.tsx';
import styles from './pickup-stock.module.css';

/**
 * R-CRE-6: what is available of the lines to pick up at each store, from HQ, so the associate picks a
 * store that has it. A store short of stock may still be chosen (the line is then a backorder).
 */
export function PickupStock({
  products,
  stores,
  chosen,
}: {
  products: readonly { readonly sku: string; readonly description: string }[];
  stores: DeliveryOptions['pickupStores'];
  chosen: string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { api } = useServices();
  const stock = useQueries({
    queries: products.map((product) => ({
      queryKey: ['stock', product.sku],
      queryFn: () => api.get<ProductStock>(`/products/${encodeURIComponent(product.sku)}/stock`),
      retry: false,
    })),
  });
  const failed = stock.find((query) => query.error)?.error as ApiError | undefined;
  if (failed)
    return <p className={styles.note}>{t('cart.stock.unavailable', { reason: errorText(failed) })}</p>;
  const available = (sku: string, storeId: string) =>
    stock
      .flatMap((query) => query.data?.stock ?? [])
      .find((level) => level.sku === sku && level.locationId === storeId)?.available ?? 0;
  const loaded = stock.every((query) => query.data);
  return (
    <table className={styles.stock} aria-label={t('cart.stock.heading')}>
      <thead>
        <tr>
          <th>{t('cart.delivery.store')}</th>
          {products.map((product) => (
            <th key={product.sku} className={styles.number}>
              {product.description}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {stores.map((store) => (
          <tr key={store.id} className={store.id === chosen ? styles.chosen : undefined}>
            <th scope="row">
              {store.id} {store.name}
            </th>
            {products.map((product) => (
              <td key={product.sku} className={styles.number}>
                {loaded ? t('cart.stock.available', { count: available(product.sku, store.id) }) : '…'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
