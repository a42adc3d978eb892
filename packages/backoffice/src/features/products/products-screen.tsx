import type { Product } from '@kassa/contracts';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { useLocation } from '@kassa/web-kit/navigation/router.ts';
import { useTranslation } from 'react-i18next';
import { ListSearch } from '../../components/list-search.tsx';
import { MasterDataList } from '../../components/master-data-list.tsx';
import { usePagedSearch } from '../../components/use-paged-search.ts';

export const productPage = (sku: string) => `/products/${encodeURIComponent(sku)}/edit`;

/**
 * The products, found by SKU, name or barcode a page at a time (`/products?search=tent`, so Back returns
 * to the same search). Products and prices reach the stores with job 1040; stock counts at once.
 */
export function ProductsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const search = useLocation().search.get('search') ?? '';
  const products = usePagedSearch<'products', Product>('/products', 'products', search);
  return (
    <MasterDataList
      texts={t('masterData.products', { returnObjects: true })}
      job="1040"
      newHref="/products/new"
      search={<ListSearch path="/products" search={search} label={t('masterData.products.search')} />}
      more={products}
      rows={products.items}
      error={products.error}
      keyOf={(product) => product.sku}
      hrefOf={(product) => productPage(product.sku)}
      columns={[
        { header: t('masterData.products.fields.sku'), cell: (product) => product.sku },
        { header: t('masterData.products.fields.name'), cell: (product) => product.name },
        { header: t('masterData.products.fields.barcode'), cell: (product) => product.barcode ?? '' },
        {
          header: t('masterData.products.fields.price'),
          cell: (product) => format.money(product.price),
          numeric: true,
        },
        {
          header: t('masterData.products.fields.vatRate'),
          cell: (product) => `${product.vatRate} %`,
          numeric: true,
        },
        {
          header: t('masterData.products.fields.active'),
          cell: (product) => t(product.active ? 'common.yes' : 'common.no'),
        },
      ]}
    />
  );
}
