import type { Product } from '@kassa/contracts';
import type { ApiError } from '@kassa/web-kit/api/api-error.ts';
import { SelectField } from '@kassa/web-kit/components/select-field.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EntityForm } from '../../components/entity-form.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { MasterDataScreen } from '../../components/master-data-screen.tsx';
import { useEntitySave } from '../../components/use-entity-save.ts';
import { useServices } from '../../services.tsx';
import { PRODUCT_FIELDS, productForm, readProduct } from './product-form.ts';
import { productPage } from './products-screen.tsx';
import { StockPanel } from './stock-panel.tsx';

const productKey = (sku: string) => ['products', 'one', sku];

/** A new product (no `sku`) or the one HQ has under `sku`, with its stock per location. */
export function ProductScreen({ sku }: { sku?: string }) {
  const { t } = useTranslation();
  const { api } = useServices();
  const product = useQuery<Product, ApiError>({
    queryKey: productKey(sku ?? ''),
    enabled: sku !== undefined,
    queryFn: () => api.get(`/products/${encodeURIComponent(sku ?? '')}`),
  });
  return (
    <MasterDataScreen
      heading={
        product.data
          ? `${product.data.sku} ${product.data.name}`
          : (sku ?? t('masterData.products.newHeading'))
      }
      back={{ href: '/products', label: t('masterData.products.heading') }}
      job="1040"
    >
      {sku === undefined ? (
        <ProductEditor saved={undefined} />
      ) : (
        <Loaded data={product.data} error={product.error}>
          {(saved) => (
            <>
              <ProductEditor saved={saved} />
              <StockPanel sku={saved.sku} />
            </>
          )}
        </Loaded>
      )}
    </MasterDataScreen>
  );
}

function ProductEditor({ saved }: { saved: Product | undefined }) {
  const { t } = useTranslation();
  const save = useEntitySave({
    initial: () => productForm(saved),
    read: readProduct,
    label: (name) => t(`masterData.products.fields.${name}`),
    path: (key) => `/products/${encodeURIComponent(key)}`,
    keyOf: (value) => value.sku,
    keyField: 'sku',
    creating: saved === undefined,
    exists: (key, ask) => ask.found(`/products/${encodeURIComponent(key)}`),
    stale: [['products']],
    pageOf: productPage,
  });
  return (
    <EntityForm heading={t('masterData.products.form')} save={save} fields={PRODUCT_FIELDS} job="1040">
      <TextField {...save.field('sku')} readOnly={saved !== undefined} autoComplete="off" />
      <TextField {...save.field('name')} />
      <TextField {...save.field('barcode')} autoComplete="off" />
      <TextField {...save.field('price')} inputMode="decimal" />
      <TextField {...save.field('vatRate')} inputMode="decimal" />
      <SelectField
        {...save.field('kind')}
        options={(['merchandise', 'giftCard'] as const).map((kind) => ({
          value: kind,
          label: t(`masterData.products.kinds.${kind}`),
        }))}
      />
      <SelectField
        {...save.field('active')}
        options={[
          { value: 'yes', label: t('common.yes') },
          { value: 'no', label: t('common.no') },
        ]}
      />
    </EntityForm>
  );
}
