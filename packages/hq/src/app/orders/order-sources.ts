import type { PaymentRequirement } from '@kassa/contracts';
import type {
  ChargeCode,
  CommerceParameters,
  FunctionalityProfile,
  NewShipment,
  OperationContext,
} from '@kassa/domain';
import type { Selectable } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { LocationTable, ProductTable } from '../../db/schema.ts';
import { fromBasisPoints, loadCommerceParameters, loadProfile } from '../configuration.ts';
import { type Failure, fail } from '../failure.ts';
import type { Trx } from '../transaction.ts';

export interface CustomerRecord {
  readonly number: string;
  readonly name: string;
  readonly addresses: ReadonlyMap<string, NewShipment['address']>;
}

export type ProductRecord = Selectable<ProductTable>;
type LocationRecord = Pick<Selectable<LocationTable>, 'id' | 'kind' | 'time_zone' | 'ships_from'>;

/** The profile a location without one (a warehouse shipping for HQ) decides by: pay later allowed. */
const NO_PROFILE: FunctionalityProfile = {
  requirePaymentForFulfillment: 'NotRequired',
  createCustomerOrderInAsyncMode: false,
  fallbackToAsyncWhenHqUnreachable: false,
};

/**
 * The master data orders are made from (locations, the Commerce parameters, profiles, charge codes,
 * modes of delivery, customers, products), read in bulk and kept for one transaction. An RTS call reads
 * what its one order names; Synchronize orders `load`s what a whole batch names in one statement per
 * table, instead of eight statements per order. Unknown keys are remembered as unknown, so a batch full
 * of one unknown customer asks once.
 */
export class OrderSources {
  readonly #customers = new Map<string, CustomerRecord | null>();
  readonly #products = new Map<string, ProductRecord | null>();
  readonly #locations = new Map<string, LocationRecord | null>();
  readonly #profiles = new Map<string, Promise<FunctionalityProfile | undefined>>();
  #parameters: Promise<CommerceParameters | undefined> | undefined;
  #chargeCodes: Promise<Record<string, ChargeCode>> | undefined;
  #modesOfDelivery: Promise<ReadonlyMap<string, string>> | undefined;

  constructor(private readonly trx: Trx) {}

  /** Reads the customers, products and locations given that are not read yet, one statement per table. */
  async load(keys: {
    customers?: Iterable<string>;
    products?: Iterable<string>;
    locations?: Iterable<string>;
  }) {
    const customers = missing(this.#customers, keys.customers);
    const products = missing(this.#products, keys.products);
    const locations = missing(this.#locations, keys.locations);
    await Promise.all([
      customers.length > 0 && this.#loadCustomers(customers),
      products.length > 0 &&
        this.trx
          .selectFrom('products')
          .selectAll()
          .where('sku', 'in', products)
          .execute()
          .then((rows) => fill(this.#products, products, rows, (p) => p.sku)),
      locations.length > 0 &&
        this.trx
          .selectFrom('locations')
          .select(['id', 'kind', 'time_zone', 'ships_from'])
          .where('id', 'in', locations)
          .execute()
          .then((rows) => fill(this.#locations, locations, rows, (l) => l.id)),
    ]);
  }

  async customer(number: string): Promise<CustomerRecord | undefined> {
    await this.load({ customers: [number] });
    return this.#customers.get(number) ?? undefined;
  }

  async products(skus: Iterable<string>): Promise<ReadonlyMap<string, ProductRecord>> {
    const wanted = [...skus];
    await this.load({ products: wanted });
    const found = new Map<string, ProductRecord>();
    for (const sku of wanted) {
      const product = this.#products.get(sku);
      if (product) found.set(sku, product);
    }
    return found;
  }

  async location(id: string): Promise<LocationRecord | undefined> {
    await this.load({ locations: [id] });
    return this.#locations.get(id) ?? undefined;
  }

  async isStore(id: string): Promise<boolean> {
    return (await this.location(id))?.kind === 'store';
  }

  /** Shipping mode codes and their kinds (shipping, pickup, carry out). */
  modesOfDelivery(): Promise<ReadonlyMap<string, string>> {
    this.#modesOfDelivery ??= this.trx
      .selectFrom('modes_of_delivery')
      .select(['code', 'kind'])
      .execute()
      .then((rows) => new Map(rows.map((m) => [m.code, m.kind])));
    return this.#modesOfDelivery;
  }

  /**
   * Everything the domain decides from at a location: its time zone, the parameters, its profile, the
   * charge codes. A store says which pay-later rule its own copy of the profile holds (R-PRO-1).
   */
  async context(
    locationId: string,
    now: Temporal.Instant,
    newId: () => string,
    store: { paymentRequirement?: PaymentRequirement | undefined } = {},
  ): Promise<OperationContext | Failure> {
    const location = await this.location(locationId);
    if (!location)
      return fail('UNKNOWN_LOCATION', `location ${locationId} does not exist`, { field: 'locationId' });
    this.#parameters ??= loadCommerceParameters(this.trx);
    const parameters = await this.#parameters;
    if (!parameters) return fail('NOT_CONFIGURED', 'the Commerce parameters are not set up yet');
    let profile = this.#profiles.get(locationId);
    if (!profile) {
      profile = loadProfile(this.trx, locationId);
      this.#profiles.set(locationId, profile);
    }
    const stored = (await profile) ?? NO_PROFILE;
    this.#chargeCodes ??= this.#loadChargeCodes();
    return {
      now,
      locationId,
      timeZone: location.time_zone,
      parameters,
      profile: store.paymentRequirement
        ? { ...stored, requirePaymentForFulfillment: store.paymentRequirement }
        : stored,
      chargeCodes: await this.#chargeCodes,
      newId,
    };
  }

  async #loadCustomers(numbers: readonly string[]): Promise<void> {
    const [customers, addresses] = await Promise.all([
      this.trx.selectFrom('customers').select(['number', 'name']).where('number', 'in', numbers).execute(),
      this.trx.selectFrom('customer_addresses').selectAll().where('customer_number', 'in', numbers).execute(),
    ]);
    const records = customers.map((customer) => ({
      ...customer,
      addresses: new Map(
        addresses
          .filter((a) => a.customer_number === customer.number)
          .map((a) => [
            a.id,
            { name: a.name, street: a.street, postalCode: a.postal_code, city: a.city, country: a.country },
          ]),
      ),
    }));
    fill(this.#customers, numbers, records, (c) => c.number);
  }

  async #loadChargeCodes(): Promise<Record<string, ChargeCode>> {
    const codes = await this.trx.selectFrom('charge_codes').selectAll().execute();
    return Object.fromEntries(
      codes.map((code) => [
        code.code,
        { code: code.code, description: code.description, vatRate: fromBasisPoints(code.vat_rate_bp) },
      ]),
    );
  }
}

function missing<T>(known: ReadonlyMap<string, T>, keys: Iterable<string> = []): string[] {
  return [...new Set(keys)].filter((key) => !known.has(key));
}

function fill<T>(
  known: Map<string, T | null>,
  asked: readonly string[],
  found: T[],
  keyOf: (row: T) => string,
) {
  for (const key of asked) known.set(key, null);
  for (const row of found) known.set(keyOf(row), row);
}
