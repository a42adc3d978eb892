import type { Product } from '@kassa/contracts';
import { moneyInput } from '@kassa/web-kit/format/money-input.ts';
import { formReader, percentInput, type Read } from '../../components/form-values.ts';

export const PRODUCT_FIELDS = ['sku', 'barcode', 'name', 'price', 'vatRate', 'kind', 'active'] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];
export type ProductForm = Record<ProductField, string>;

export const productForm = (product?: Product): ProductForm => ({
  sku: product?.sku ?? '',
  barcode: product?.barcode ?? '',
  name: product?.name ?? '',
  price: product ? moneyInput(product.price) : '',
  vatRate: product ? percentInput(product.vatRate) : '21',
  kind: product?.kind ?? 'merchandise',
  active: product?.active === false ? 'no' : 'yes',
});

/** A product with its price, VAT included (R-MON-4), in euros as typed and cents as HQ keeps it (R-MON-1). */
export function readProduct(form: ProductForm): Read<Product> {
  const read = formReader();
  return read.done({
    sku: read.text('sku', form.sku, 64),
    barcode: read.optionalText('barcode', form.barcode, 64),
    name: read.text('name', form.name),
    price: read.amount('price', form.price),
    vatRate: read.percent('vatRate', form.vatRate),
    kind: form.kind === 'giftCard' ? 'giftCard' : 'merchandise',
    active: form.active !== 'no',
  });
}
