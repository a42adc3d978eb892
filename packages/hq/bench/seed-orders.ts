/**
 * Fills an HQ database with many orders fast, for the find-order benchmark: the test master data
 * (stores S01 and S02 with known secrets, the distribution centre DC1, products), ~1 customer per 20
 * orders with Dutch names, and orders of 3 lines each spread over two years, written with multi-row
 * inserts in large transactions straight into `customers`, `orders` and `order_lines`. The secondary
 * indexes are dropped before the load and re-created afterwards from their own definitions, so the
 * schema ends exactly as `migrate` made it.
 *
 * Every `orders.document` is a domain `Order` whose quantities, charges, pickup code, status, total and
 * next delivery date agree with the search columns beside it. Not seeded: ledger entries, invoices,
 * history and stock reservations (finding orders reads none of them).
 *
 *   npx tsx packages/hq/bench/seed-orders.ts sqlite data/bench/hq.sqlite [orders]
 *   npx tsx packages/hq/bench/seed-orders.ts postgres postgres://postgres@127.0.0.1:5432/kassa_bench [orders]
 */
import { existsSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  type Charge,
  fulfillingLocation,
  type Order,
  type OrderLine,
  openQuantity,
  orderStatus,
  orderTotal,
  pickupCodeFor,
} from '@kassa/domain';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { type DatabaseLocation, migrate, openDatabase } from '../src/db/database.ts';
import { seedMasterData } from '../test/seed.ts';

const DAY = 86_400_000;
/** Orders generated and written per batch; a transaction holds several batches. */
const BATCH = 5_000;
const BATCHES_PER_TRANSACTION = 10;

const FIRST_NAMES = (
  'Anna Bram Daan Emma Sophie Julia Lucas Sem Finn Noah Levi Milan Jesse Thijs Ruben Lars Sven Tim Thomas ' +
  'Niels Jeroen Bas Koen Joost Pieter Jan Kees Henk Gerrit Willem Hendrik Johannes Cornelis Maarten ' +
  'Martijn Sander Stijn Wouter Rutger Floris Jasper Gijs Hugo Luuk Mees Teun Tess Fenna Sara Lotte Eva ' +
  'Lisa Noor Fleur Isa Saar Anouk Femke Ilse Marieke Annemieke Ingrid Petra Marja Anneke Wilma Karin ' +
  'Monique Esther Linda Sanne Maud Roos Lieke Nina Mila Zoë Chloë Joris Bart Dirk Erik Frank Hans Marco ' +
  'Paul Rob Wim Geert Mark Yvonne Miriam Hanneke Mirjam Renske Jolien Iris Merel Loes Marloes'
).split(' ');
const SURNAMES = (
  'de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Janssen,Visser,Smit,Meijer,de Boer,Mulder,de Groot,' +
  'Bos,Vos,Peters,Hendriks,van Leeuwen,Dekker,Brouwer,de Wit,Dijkstra,Smits,de Graaf,van der Meer,' +
  'van der Linden,Kok,Jacobs,de Haan,Vermeulen,van den Heuvel,van der Veen,van den Broek,de Bruijn,' +
  'de Bruin,van der Heijden,Schouten,van Beek,Willems,van Vliet,van de Ven,Hoekstra,Maas,Verhoeven,Koster,' +
  'van Dam,van der Wal,Prins,Blom,Huisman,Peeters,de Jonge,Kuipers,van Veen,Post,Kuiper,Veenstra,Kramer,' +
  'van den Brink,Scholten,van Wijk,Postma,Martens,Vink,de Ruiter,Timmermans,Groen,Gerritsen,Jonker,' +
  'van Loon,Boer,van der Velde,Willemsen,Smeets,de Lange,de Vos,Bosch,van Dongen,Schipper,de Koning,' +
  'van der Laan,Koning,van der Velden,Driessen,van Doorn,Hermans,Evers,van den Bosch,van der Meulen,Hofman,' +
  "Bosman,Wolters,Sijbesma,Verbeek,Mertens,van Rijn,Wouters,Haverkamp,Zwart,Brinkman,van 't Hof,d'Hondt," +
  'Oosterhuis,Teunissen,Claassen,Molenaar,Wijnands,Ruijs,Beekman,Hoogendoorn,Staal'
).split(',');
/** City and the first four digits of its postal codes. */
const CITIES = (
  'Amsterdam:1017,Utrecht:3511,Rotterdam:3011,Den Haag:2511,Haarlem:2011,Amersfoort:3811,Zwolle:8011,' +
  'Groningen:9711,Leiden:2311,Hilversum:1211,Arnhem:6811,Nijmegen:6511'
)
  .split(',')
  .map((entry) => entry.split(':') as [string, string]);
const STREETS = ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsweg', 'Schoolstraat', 'Prinsengracht'];
/** The test master data's products that are sold (seedMasterData). */
const PRODUCTS = [
  { sku: 'TENT-2P', name: 'Tent for two', price: 19999, vatRate: 21 },
  { sku: 'BOOT-42', name: 'Hiking boots, size 42', price: 12950, vatRate: 21 },
  { sku: 'BOOK-WAD', name: 'Guide to the Wadden', price: 2495, vatRate: 9 },
] as const;
const STORES = ['S01', 'S02'] as const;
const WAREHOUSE = 'DC1';
const SHIPPING_CHARGE = 695;

export interface SeedOptions {
  readonly orders: number;
  /** Default: one per 20 orders (50,000 for 1,000,000). */
  readonly customers?: number;
  /** The newest order is created just before this instant (ms). Default: now. */
  readonly end?: number;
  readonly seed?: number;
}

export interface SeedReport {
  readonly orders: number;
  readonly lines: number;
  readonly customers: number;
  readonly seconds: number;
}

/** mulberry32: a small seeded generator, so two seeds of the same size hold the same names and mix. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A UUIDv7 as HQ's `uuidv7` makes it (time-ordered), with the random bits from the seeded generator:
 * crypto's randomBytes per id would cost more than the rest of an order.
 */
function uuidv7(ms: number, rng: () => number): string {
  const hex = (value: number, digits: number) => Math.floor(value).toString(16).padStart(digits, '0');
  const time = hex(ms, 12);
  const random = () => hex(rng() * 0x10000, 4);
  return (
    `${time.slice(0, 8)}-${time.slice(8)}-7${hex(rng() * 0x1000, 3)}-` +
    `${hex(0x8000 + rng() * 0x4000, 4)}-${random()}${random()}${random()}`
  );
}

interface Customer {
  readonly number: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
}

function makeCustomers(count: number, rng: () => number): Customer[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const customers: Customer[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(FIRST_NAMES);
    const last = pick(SURNAMES);
    const [city, postcode] = pick(CITIES);
    const local = `${first}.${last}`
      .normalize('NFD')
      .replace(/[^A-Za-z.]/g, '')
      .toLowerCase();
    customers.push({
      number: `C-${100000 + i}`,
      name: `${first} ${last}`,
      email: `${local}${i}@example.nl`,
      phone: `+316${String(10000000 + i).slice(-8)}`,
      street: `${pick(STREETS)} ${1 + Math.floor(rng() * 200)}`,
      postalCode: `${postcode} ${String.fromCharCode(65 + Math.floor(rng() * 26))}${String.fromCharCode(65 + Math.floor(rng() * 26))}`,
      city,
    });
  }
  return customers;
}

/** A row of `orders` in column order (ORDER_COLUMNS). */
type OrderRow = [
  string, // id
  string, // number
  string, // type
  string, // status
  string, // store_id
  string, // customer_number
  string, // customer_name
  string | null, // confirmation_number
  string | null, // pickup_code
  number, // total
  string | null, // delivery_date
  number, // version
  string, // document
  string, // created_at
  string, // updated_at
];
const ORDER_COLUMNS = [
  'id',
  'number',
  'type',
  'status',
  'store_id',
  'customer_number',
  'customer_name',
  'confirmation_number',
  'pickup_code',
  'total',
  'delivery_date',
  'version',
  'document',
  'created_at',
  'updated_at',
] as const;
const ORDER_PG_TYPES = [
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'bigint',
  'text',
  'integer',
  'text',
  'text',
  'text',
];
type LineRow = [string, string, string, string, string, number];
const LINE_COLUMNS = ['order_id', 'line_id', 'sku', 'delivery_kind', 'location_id', 'open_quantity'] as const;
const LINE_PG_TYPES = ['text', 'text', 'text', 'text', 'text', 'integer'];
type CustomerRow = [string, string, string, string, string, string];
const CUSTOMER_COLUMNS = ['number', 'name', 'email', 'phone', 'created_at', 'updated_at'] as const;
const CUSTOMER_PG_TYPES = ['text', 'text', 'text', 'text', 'text', 'text'];

/** An instant as HQ stamps it (Temporal's `Instant.toString()` of a whole second). */
const stamp = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The earliest date something open is due (as saveOutcome's nextDeliveryDate). */
function nextDeliveryDate(order: Order): string | null {
  const dates: string[] = [];
  for (const line of order.lines) {
    if (openQuantity(line) === 0) continue;
    if (line.delivery.kind === 'pickup') dates.push(line.delivery.date);
    if (line.delivery.kind === 'ship') {
      const shipmentId = line.delivery.shipmentId;
      const shipment = order.shipments.find((s) => s.id === shipmentId);
      if (shipment) dates.push(shipment.requestedDate);
    }
  }
  return dates.sort()[0] ?? null;
}

type LineFate = 'delivered' | 'open' | 'picked' | 'cancelled';

/**
 * The orders, oldest first, in batches. The mix: 55 % from S01; the first line carried out, picked up or
 * shipped, the other two picked up (mostly at the ordering store) or shipped from DC1; 1 % quotes;
 * orders of the last days mostly still open, older ones delivered but for 2 % left open (an uncollected
 * pickup, a backorder) and 2 % cancelled. Regular customers (5 % of them) place 20 % of the orders.
 */
export function* generateOrders(
  options: SeedOptions,
): Generator<{ orders: OrderRow[]; lines: LineRow[] }, void, undefined> {
  const total = options.orders;
  const rng = random(options.seed ?? 20261127);
  const customers = makeCustomers(customerCount(options), rng);
  const regulars = Math.max(1, Math.floor(customers.length / 20));
  const end = options.end ?? Date.now();
  const span = 730 * DAY;
  const start = end - span;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  let orders: OrderRow[] = [];
  let lines: LineRow[] = [];
  let last = 0;
  for (let i = 0; i < total; i++) {
    const at = Math.max(last, start + Math.floor((span * (i + rng())) / total));
    last = at;
    const createdAt = stamp(at);
    const ageDays = (end - at) / DAY;
    const storeId = rng() < 0.55 ? STORES[0] : STORES[1];
    const otherStore = storeId === STORES[0] ? STORES[1] : STORES[0];
    const customer = customers[
      rng() < 0.2 ? Math.floor(rng() * regulars) : Math.floor(rng() * customers.length)
    ] as Customer;
    const type = rng() < 0.01 ? 'quote' : 'customerOrder';
    const roll = rng();
    const orderFate: 'delivered' | 'open' | 'cancelled' =
      type === 'quote'
        ? 'open'
        : roll < (ageDays < 3 ? 0.7 : ageDays < 21 ? 0.3 : 0.02)
          ? 'open'
          : roll > 0.98
            ? 'cancelled'
            : 'delivered';
    const id = uuidv7(at, rng);
    const pickupStore = rng() < 0.85 ? storeId : otherStore;
    const pickupDate = dateOf(at + (1 + Math.floor(rng() * 7)) * DAY);
    const shipDate = dateOf(at + (1 + Math.floor(rng() * 5)) * DAY);
    // A quote carries nothing out (R-CRE-5).
    const kinds = [
      rng() < 0.3 && type !== 'quote' ? 'carryOut' : rng() < 0.55 ? 'pickup' : 'ship',
      rng() < 0.55 ? 'pickup' : 'ship',
      rng() < 0.55 ? 'pickup' : 'ship',
    ] as const;
    const deferred = kinds.filter((kind) => kind !== 'carryOut').length;
    // Which deferred lines stay open in an open order: each with 80 %, at least one.
    const openIndex = Math.floor(rng() * deferred);
    let version = 0;
    let deferredSeen = 0;
    const orderLines: OrderLine[] = kinds.map((kind) => {
      const product = pick(PRODUCTS);
      const q = rng() < 0.8 ? 1 : rng() < 0.75 ? 2 : 3;
      let fate: LineFate = 'delivered';
      if (kind !== 'carryOut') {
        const open = deferredSeen === openIndex || rng() < 0.8;
        deferredSeen++;
        if (type === 'quote') fate = 'open';
        else if (orderFate === 'cancelled') fate = 'cancelled';
        else if (orderFate === 'open' && open) fate = rng() < 0.3 ? 'picked' : 'open';
      }
      const none = { ordered: q, picked: 0, packed: 0, delivered: 0, invoiced: 0, cancelled: 0, returned: 0 };
      const quantities =
        fate === 'delivered'
          ? { ...none, picked: q, packed: q, delivered: q, invoiced: q, reserved: 0 }
          : fate === 'cancelled'
            ? { ...none, cancelled: q, reserved: 0 }
            : fate === 'picked'
              ? { ...none, picked: q, reserved: q }
              : { ...none, reserved: type === 'quote' ? 0 : q };
      return {
        id: uuidv7(at, rng),
        productId: product.sku,
        description: product.name,
        unitPrice: product.price,
        vatRate: product.vatRate,
        delivery:
          kind === 'carryOut'
            ? { kind }
            : kind === 'pickup'
              ? { kind, storeId: pickupStore, date: pickupDate }
              : { kind, shipmentId: 'SH1' },
        quantities,
      };
    });
    const shipLines = orderLines.filter((line) => line.delivery.kind === 'ship');
    const pickupLines = orderLines.filter((line) => line.delivery.kind === 'pickup');
    const charges: Charge[] = [];
    if (shipLines.length > 0) {
      const shipped = shipLines.every((line) => line.quantities.delivered > 0);
      const dropped = shipLines.every((line) => line.quantities.cancelled > 0);
      const lineTotal = shipLines.reduce((sum, line) => sum + line.unitPrice * line.quantities.ordered, 0);
      let allocated = 0;
      charges.push({
        id: uuidv7(at, rng),
        kind: 'shipping',
        code: 'SHIP',
        amount: SHIPPING_CHARGE,
        vatRate: 21,
        status: shipped ? 'invoiced' : dropped ? 'dropped' : 'open',
        shipmentId: 'SH1',
        ...(shipped
          ? {
              shares: shipLines.map((line, index) => {
                const value = line.unitPrice * line.quantities.ordered;
                const amount =
                  index === shipLines.length - 1
                    ? SHIPPING_CHARGE - allocated
                    : Math.round((SHIPPING_CHARGE * value) / lineTotal);
                allocated += amount;
                return { lineId: line.id, units: line.quantities.ordered, amount };
              }),
            }
          : {}),
      });
      if (shipped) version++;
    }
    if (pickupLines.some((line) => line.quantities.delivered > 0)) version++;
    if (orderLines.some((line) => line.quantities.picked > 0 && line.quantities.delivered === 0)) version++;
    if (orderFate === 'cancelled') version++;
    const order: Order = {
      id,
      type,
      storeId,
      customerId: customer.number,
      lines: orderLines,
      shipments:
        shipLines.length > 0
          ? [
              {
                id: 'SH1',
                address: {
                  name: customer.name,
                  street: customer.street,
                  postalCode: customer.postalCode,
                  city: customer.city,
                  country: 'NL',
                },
                modeOfDelivery: 'POSTNL',
                requestedDate: shipDate,
                shipFrom: WAREHOUSE,
              },
            ]
          : [],
      charges,
      ...(type === 'quote' ? { quoteExpiresOn: dateOf(at + 14 * DAY) } : {}),
      ...(pickupLines.length > 0 ? { pickupCode: pickupCodeFor(id) } : {}),
      collectors: [],
      createdAt,
      version,
    };
    orders.push([
      id,
      `SO-${String(i + 1).padStart(6, '0')}`,
      type,
      orderStatus(order),
      storeId,
      customer.number,
      customer.name.toLowerCase(),
      null,
      order.pickupCode ?? null,
      orderTotal(order),
      nextDeliveryDate(order),
      version,
      JSON.stringify(order),
      createdAt,
      version === 0 ? createdAt : stamp(Math.min(end, at + 3 * DAY)),
    ]);
    for (const line of orderLines) {
      lines.push([
        id,
        line.id,
        line.productId,
        line.delivery.kind,
        fulfillingLocation(order, line),
        type === 'quote' ? 0 : openQuantity(line),
      ]);
    }
    if (orders.length === BATCH) {
      yield { orders, lines };
      orders = [];
      lines = [];
    }
  }
  if (orders.length > 0) yield { orders, lines };
}

function customerCount(options: SeedOptions): number {
  return options.customers ?? Math.max(100, Math.round(options.orders / 20));
}

function customerRows(options: SeedOptions, at: string): CustomerRow[] {
  // The same generator and seed as generateOrders, so the names match the orders'.
  const customers = makeCustomers(customerCount(options), random(options.seed ?? 20261127));
  return customers.map((c) => [c.number, c.name, c.email, c.phone, at, at]);
}

/** The tables the load writes; their secondary indexes are rebuilt after it. */
const LOADED = ['orders', 'order_lines', 'customers'];

/** Seeds a fresh SQLite file: migrate and master data through HQ's own code, then the bulk load. */
export async function seedSqlite(file: string, options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  await prepare({ sqliteFile: file });
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  // A benchmark seed that dies half-way is re-run, so it need not survive a power cut.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  db.pragma('temp_store = MEMORY');
  const indexes = db
    .prepare<string[], { name: string; sql: string }>(
      `select name, sql from sqlite_master where type = 'index' and sql is not null
        and tbl_name in (${LOADED.map(() => '?').join(', ')})`,
    )
    .all(...LOADED);
  for (const index of indexes) db.exec(`drop index ${index.name}`);

  const inserter = (table: string, columns: readonly string[], rowsPerStatement: number) => {
    const row = `(${columns.map(() => '?').join(', ')})`;
    const statements = new Map<number, SQLite.Statement>();
    const statement = (rows: number) => {
      let found = statements.get(rows);
      if (!found) {
        found = db.prepare(
          `insert into ${table} (${columns.join(', ')}) values ${Array(rows).fill(row).join(', ')}`,
        );
        statements.set(rows, found);
      }
      return found;
    };
    return (rows: readonly (readonly unknown[])[]) => {
      for (let i = 0; i < rows.length; i += rowsPerStatement) {
        const chunk = rows.slice(i, i + rowsPerStatement);
        statement(chunk.length).run(chunk.flat());
      }
    };
  };
  const insertCustomers = inserter('customers', CUSTOMER_COLUMNS, 500);
  const insertOrders = inserter('orders', ORDER_COLUMNS, 500);
  const insertLines = inserter('order_lines', LINE_COLUMNS, 1000);

  const at = stamp((options.end ?? Date.now()) - 731 * DAY);
  db.transaction(() => insertCustomers(customerRows(options, at)))();
  let orders = 0;
  let lines = 0;
  let batches = 0;
  db.exec('begin');
  for (const batch of generateOrders(options)) {
    insertOrders(batch.orders);
    insertLines(batch.lines);
    orders += batch.orders.length;
    lines += batch.lines.length;
    if (++batches % BATCHES_PER_TRANSACTION === 0) {
      db.exec('commit');
      progress('sqlite', orders, options.orders, started);
      db.exec('begin');
    }
  }
  db.exec('commit');
  if (batches % BATCHES_PER_TRANSACTION !== 0) progress('sqlite', orders, options.orders, started);
  for (const index of indexes) db.exec(index.sql);
  phase('sqlite', `${indexes.length} indexes rebuilt`, started);
  // The last write: a database whose order counter is not yet set was not seeded to the end.
  db.prepare(`update sequences set next_value = ? where name = 'order'`).run(orders);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { orders, lines, customers: customerCount(options), seconds: (performance.now() - started) / 1000 };
}

/** Seeds a PostgreSQL database (created if missing, emptied if not): the same data as seedSqlite. */
export async function seedPostgres(url: string, options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  await prepare({ postgresUrl: url });

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('set synchronous_commit = off');
    await client.query(`set maintenance_work_mem = '512MB'`);
    // Secondary indexes only: those behind primary keys and unique constraints stay.
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `select i.indexname, i.indexdef from pg_indexes i
        where i.schemaname = 'public' and i.tablename = any($1)
          and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.indexname))::regclass)`,
      [LOADED],
    );
    for (const index of indexes) await client.query(`drop index ${index.indexname}`);

    // One statement per batch: the rows travel as one JSON array of arrays (JSON.stringify is far
    // cheaper than binding thousands of parameters or pg's array literals) and are cast column by column.
    const insert = (table: string, columns: readonly string[], types: readonly string[], rows: unknown[][]) =>
      client.query(
        `insert into ${table} (${columns.join(', ')})
          select ${types.map((type, i) => `(r->>${i})::${type}`).join(', ')} from jsonb_array_elements($1::jsonb) r`,
        [JSON.stringify(rows)],
      );

    const at = stamp((options.end ?? Date.now()) - 731 * DAY);
    const customers = customerRows(options, at);
    await client.query('begin');
    for (let i = 0; i < customers.length; i += BATCH) {
      await insert('customers', CUSTOMER_COLUMNS, CUSTOMER_PG_TYPES, customers.slice(i, i + BATCH));
    }
    await client.query('commit');
    let orders = 0;
    let lines = 0;
    let batches = 0;
    await client.query('begin');
    // The server stores one batch while the next is generated: two cores, both busy.
    let writing: Promise<unknown> = Promise.resolve();
    for (const batch of generateOrders(options)) {
      await writing;
      writing = Promise.all([
        insert('orders', ORDER_COLUMNS, ORDER_PG_TYPES, batch.orders),
        insert('order_lines', LINE_COLUMNS, LINE_PG_TYPES, batch.lines),
      ]);
      orders += batch.orders.length;
      lines += batch.lines.length;
      if (++batches % BATCHES_PER_TRANSACTION === 0) {
        await writing;
        await client.query('commit');
        progress('postgres', orders, options.orders, started);
        await client.query('begin');
      }
    }
    await writing;
    await client.query('commit');
    if (batches % BATCHES_PER_TRANSACTION !== 0) progress('postgres', orders, options.orders, started);
    for (const index of indexes) await client.query(index.indexdef);
    phase('postgres', `${indexes.length} indexes rebuilt`, started);
    // What autovacuum would soon do anyway: statistics for the planner and a visibility map.
    await client.query(`vacuum (analyze) ${LOADED.join(', ')}`);
    phase('postgres', 'vacuumed and analyzed', started);
    await client.query(`update sequences set next_value = $1 where name = 'order'`, [orders]);
    return {
      orders,
      lines,
      customers: customerCount(options),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await client.end();
  }
}

/** The schema through HQ's own migrations and the test master data (stores, products, staff). */
async function prepare(location: DatabaseLocation): Promise<void> {
  const database = openDatabase(location);
  try {
    await migrate(database.db);
    await seedMasterData(database.db);
  } finally {
    await database.close();
  }
}

function phase(engine: string, what: string, started: number): void {
  process.stderr.write(`  ${engine}: ${what}, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

function progress(engine: string, done: number, total: number, started: number): void {
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `\r  ${engine}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} orders, ${seconds.toFixed(0)} s`,
  );
  if (done === total) process.stderr.write('\n');
}

/** The number of orders a database was seeded with to the end, or undefined. */
export async function seededSize(location: DatabaseLocation): Promise<number | undefined> {
  if ('sqliteFile' in location && !existsSync(location.sqliteFile)) return undefined;
  const database = openDatabase(location);
  try {
    const counter = await database.db
      .selectFrom('sequences')
      .select('next_value')
      .where('name', '=', 'order')
      .executeTakeFirst();
    const count = await database.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const n = Number(count.n);
    return counter && Number(counter.next_value) === n && n > 0 ? n : undefined;
  } catch {
    return undefined;
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [engine, target, size] = process.argv.slice(2);
  const orders = Number(size ?? process.env.KASSA_BENCH_ORDERS ?? 1_000_000);
  if ((engine !== 'sqlite' && engine !== 'postgres') || !target || !Number.isInteger(orders)) {
    console.error('usage: seed-orders.ts sqlite <file> | postgres <url> [orders]');
    process.exit(2);
  }
  const report =
    engine === 'sqlite' ? await seedSqlite(target, { orders }) : await seedPostgres(target, { orders });
  console.log(
    `${engine}: ${report.orders} orders, ${report.lines} lines, ${report.customers} customers in ${report.seconds.toFixed(1)} s`,
  );
}
