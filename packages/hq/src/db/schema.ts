import type { StoreTransactionKind } from '@kassa/contracts';
import type { StagedStatus } from '@kassa/domain';
import type { SignInAttemptTable } from '@kassa/server-kit';
import type { ColumnType } from 'kysely';

/**
 * HQ's tables as Kysely sees them. The same schema on SQLite and PostgreSQL: money is integer cents
 * (bigint), VAT rates are integer hundredths of a percent, instants are ISO 8601 text in UTC, dates are
 * `YYYY-MM-DD` text, flags are 0/1 integers and documents are JSON text. Portable types keep one
 * query layer for both engines.
 */
export interface Database {
  company: CompanyTable;
  locations: LocationTable;
  modes_of_delivery: ModeOfDeliveryTable;
  charge_codes: ChargeCodeTable;
  commerce_parameters: CommerceParametersTable;
  functionality_profiles: FunctionalityProfileTable;
  products: ProductTable;
  stock: StockTable;
  customers: CustomerTable;
  customer_addresses: CustomerAddressTable;
  permission_groups: PermissionGroupTable;
  staff: StaffTable;
  sequences: SequenceTable;
  orders: OrderTable;
  order_lines: OrderLineTable;
  ledger_entries: LedgerEntryTable;
  invoices: InvoiceTable;
  return_orders: ReturnOrderTable;
  order_history: OrderHistoryTable;
  idempotency_keys: IdempotencyKeyTable;
  sessions: SessionTable;
  sign_in_attempts: SignInAttemptTable;
  configuration_changes: ConfigurationChangeTable;
  distribution_runs: DistributionRunTable;
  job_schedules: JobScheduleTable;
  staged_transactions: StagedTransactionTable;
  p_job_watermarks: PJobWatermarkTable;
  batch_job_runs: BatchJobRunTable;
}

type Timestamps = {
  created_at: string;
  updated_at: string;
};

export interface CompanyTable extends Timestamps {
  id: number;
  name: string;
  currency: string;
  time_zone: string;
}

export interface LocationTable extends Timestamps {
  id: string;
  kind: 'store' | 'warehouse';
  name: string;
  /** JSON of the domain's Address. */
  address: string;
  time_zone: string;
  /** For a store: the warehouse whose stock its ship lines reserve. */
  ships_from: string | null;
  /** For a store: the customer of a sale that names none (a walk-in, cash and carry). */
  default_customer: string | null;
  /** For a store: scrypt hash of the credential it calls the RTS with (R-SEC-4). */
  credential_hash: string | null;
  /** For a store: where its server answers HQ's jobs, and the secret HQ presents there. */
  endpoint_url: string | null;
  endpoint_secret: string | null;
}

export interface ModeOfDeliveryTable extends Timestamps {
  code: string;
  name: string;
  kind: 'shipping' | 'pickup' | 'carryOut';
}

export interface ChargeCodeTable extends Timestamps {
  code: string;
  description: string;
  vat_rate_bp: number;
}

export interface CommerceParametersTable extends Timestamps {
  id: number;
  default_deposit_percent_bp: number;
  cancellation_charge_percent_bp: number;
  cancellation_charge_code: string;
  shipping_charge_code: string;
  refund_shipping_charges: number;
  max_shipping_refund_without_approval: number;
  quote_expiration_days: number;
  pickup_mode_of_delivery: string;
  carry_out_mode_of_delivery: string;
}

export interface FunctionalityProfileTable extends Timestamps {
  store_id: string;
  require_payment_for_fulfillment: 'NotRequired' | 'CardRequired';
  create_customer_order_in_async_mode: number;
  fallback_to_async_when_hq_unreachable: number;
}

export interface ProductTable extends Timestamps {
  sku: string;
  barcode: string | null;
  name: string;
  price: number;
  vat_rate_bp: number;
  kind: 'merchandise' | 'giftCard';
  active: number;
}

export interface StockTable extends Timestamps {
  location_id: string;
  sku: string;
  on_hand: number;
  reserved: number;
}

export interface CustomerTable extends Timestamps {
  number: string;
  name: string;
  email: string | null;
  phone: string | null;
}

export interface CustomerAddressTable extends Timestamps {
  id: string;
  customer_number: string;
  name: string;
  street: string;
  postal_code: string;
  city: string;
  country: string;
}

export interface PermissionGroupTable extends Timestamps {
  name: string;
  /** JSON array of permissions. */
  permissions: string;
}

export interface StaffTable extends Timestamps {
  id: string;
  name: string;
  password_hash: string;
  /** JSON array of permission group names. */
  groups: string;
}

export interface SequenceTable {
  name: string;
  next_value: number;
}

export interface OrderTable extends Timestamps {
  id: string;
  number: string;
  type: 'customerOrder' | 'quote';
  status: string;
  store_id: string;
  customer_number: string;
  /** Lower-cased, for search by name (R-FND-1). */
  customer_name: string;
  /** The name as written, for people; null on orders stored before it was kept. */
  customer_display_name: string | null;
  confirmation_number: string | null;
  pickup_code: string | null;
  total: number;
  /** The earliest pickup or ship date still open, for the delivery date range. */
  delivery_date: string | null;
  version: number;
  /** JSON of the domain's Order. */
  document: string;
}

/** One row per order line, for the search presets ("to pick up here", "to ship"). */
export interface OrderLineTable {
  order_id: string;
  line_id: string;
  sku: string;
  delivery_kind: 'carryOut' | 'pickup' | 'ship';
  location_id: string;
  open_quantity: number;
}

export interface LedgerEntryTable {
  id: string;
  order_id: string;
  seq: number;
  kind: string;
  amount: number;
  tender_id: string | null;
  invoice_id: string | null;
  /** JSON of the domain's LedgerEntry. */
  entry: string;
  at: string;
}

export interface InvoiceTable {
  id: string;
  number: string;
  order_id: string;
  kind: string;
  total: number;
  /** JSON of the domain's Invoice. */
  document: string;
  issued_at: string;
}

export interface ReturnOrderTable {
  id: string;
  number: string;
  order_id: string;
  invoice_id: string;
  total: number;
  document: string;
  created_at: string;
}

export interface OrderHistoryTable {
  id: string;
  order_id: string;
  at: string;
  operation: string;
  staff_id: string | null;
  approved_by: string | null;
  location_id: string;
  register_id: string | null;
  /** JSON: what changed, in the operation's own terms. */
  details: string;
}

export interface IdempotencyKeyTable {
  key: string;
  /** Who sent it: a key is only ever replayed to the same caller. */
  caller: string;
  request_hash: string;
  status_code: number;
  response: string;
  /** When the key was claimed: a pending claim this old was abandoned by a call that died. */
  created_at: string;
}

export interface SessionTable {
  token_hash: string;
  staff_id: string;
  expires_at: string;
  created_at: ColumnType<string, string, never>;
}

/**
 * R-SEC-1: a back-office password check within the last 5 minutes that did not succeed (yet), as the store
 * counts the register's (migration 0012).
 */
export type { SignInAttemptTable };

export interface ConfigurationChangeTable {
  number: number;
  /** The distribution job that carries it: 1010, 1040, 1060 or 1070. */
  job: string;
  entity: string;
  entity_key: string;
  store_id: string | null;
  /** JSON of the entity as it is after the change. */
  payload: string;
  at: string;
}

export interface DistributionRunTable {
  id: string;
  job: string;
  store_id: string;
  started_at: string;
  finished_at: string;
  status: 'applied' | 'failed';
  after_number: number;
  up_to: number;
  changes: number;
  reason: string | null;
}

export interface JobScheduleTable extends Timestamps {
  job: string;
  /** Seconds between starts; null: the job runs only when started manually. */
  interval_seconds: number | null;
  enabled: number;
  last_started_at: string | null;
}

/**
 * A store transaction the P-job pulled (R-ASY-3), until Synchronize orders made it a sales order or
 * applied it to one (R-ASY-4, R-ASY-5). `created_at` is when HQ staged it; the instant the store made it
 * is in the payload.
 */
export interface StagedTransactionTable extends Timestamps {
  transaction_id: string;
  store_id: string;
  /** Its number in the store's outbox: the order the store wrote it in. */
  sequence: number;
  kind: StoreTransactionKind;
  order_id: string;
  confirmation_number: string;
  /** The contracts' payload of its kind (`AsyncCreateOrder`, `AsyncPickUpOrder`, `AsyncCancelOrder`) in JSON. */
  payload: string;
  status: StagedStatus;
  /** Why it failed, for the back office to correct. */
  reason: string | null;
  /** The sales order it became, once succeeded. */
  sales_order_id: string | null;
}

/** The last sequence of a store's outbox HQ has staged: the P-job asks for what follows. */
export interface PJobWatermarkTable extends Timestamps {
  store_id: string;
  sequence: number;
}

export interface BatchJobRunTable {
  id: string;
  job: 'p-job' | 'synchronize-orders';
  /** The store a P-job run pulled from; null for Synchronize orders. */
  store_id: string | null;
  started_at: string;
  finished_at: string;
  status: 'succeeded' | 'failed';
  /** Rows staged (P-job) or transactions synchronized. */
  rows: number;
  error: string | null;
}
