import { DISTRIBUTED_PAYLOADS, type DistributedPayload } from '@kassa/contracts';
import { created, fromBasisPoints, type Replica, toBasisPoints, updated } from './replica.ts';

/** Job 1040: a product with its gross price in cents and its VAT rate in basis points (R-MON-1, R-MON-4). */
export const productReplica: Replica<DistributedPayload<'product'>> = {
  schema: DISTRIBUTED_PAYLOADS.product,
  keyOf: (product) => product.sku,
  async upsert(trx, product, applying) {
    const values = {
      barcode: product.barcode,
      name: product.name,
      price: product.price,
      vat_rate_bp: toBasisPoints(product.vatRate),
      kind: product.kind,
      active: product.active ? 1 : 0,
    };
    await trx
      .insertInto('products')
      .values({ sku: product.sku, ...values, ...created(applying) })
      .onConflict((oc) => oc.column('sku').doUpdateSet({ ...values, ...updated(applying) }))
      .execute();
  },
  async load(db, sku) {
    const row = await db.selectFrom('products').selectAll().where('sku', '=', sku).executeTakeFirst();
    if (!row) return undefined;
    return {
      sku: row.sku,
      barcode: row.barcode,
      name: row.name,
      price: row.price,
      vatRate: fromBasisPoints(row.vat_rate_bp),
      kind: row.kind,
      active: row.active === 1,
    };
  },
};
