import type { Product } from '@kassa/contracts';
import { Button } from '@kassa/web-kit/components/button.tsx';
import { useFormat } from '@kassa/web-kit/format/use-format.ts';
import { navigate, useLocation } from '@kassa/web-kit/navigation/router.ts';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/app-link.tsx';
import { EntityTable } from '../../components/entity-table.tsx';
import { Loaded } from '../../components/loaded.tsx';
import styles from '../../components/master-data.module.css';
import { MasterDataScreen } from '../../components/master-data-screen.tsx';
import { SearchForm } from '../../components/search-form.tsx';
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
    <MasterDataScreen
      heading={t('masterData.products.heading')}
      intro={t('masterData.products.intro')}
      job="1040"
    >
      <div className={styles.toolbar}>
        <SearchForm
          key={search}
          label={t('masterData.products.search')}
          initial={search}
          onSearch={(text) => navigate(text ? `/products?search=${encodeURIComponent(text)}` : '/products')}
        />
        <AppLink href="/products/new" className={styles.buttonLink}>
          {t('masterData.products.new')}
        </AppLink>
      </div>
      <Loaded data={products.items} error={products.error}>
        {(rows) => (
          <EntityTable
            label={t('masterData.products.heading')}
            rows={rows}
            keyOf={(product) => product.sku}
            hrefOf={(product) => productPage(product.sku)}
            empty={t('masterData.products.empty')}
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
        )}
      </Loaded>
      {products.hasMore ? (
        <Button variant="secondary" disabled={products.loadingMore} onClick={products.more}>
          {t('masterData.more')}
        </Button>
      ) : null}
    </MasterDataScreen>
  );
}
