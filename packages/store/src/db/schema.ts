import type { ReceiptKind, StoreTransactionKind } from '@kassa/contracts';
import type { SignInAttemptTable } from '@kassa/server-kit';
import type { Generated } from 'kysely';

/**
 * The channel database as Kysely sees it: a replica of the configuration HQ distributed to this store
 * (SPEC §1), in typed columns. As at HQ, money is integer cents, VAT rates and percentages are integer
 * basis points, instants are ISO 8601 text in UTC, flags are 0/1 integers. Every replica row keeps the
 * number of the change that last wrote it.
 */
export interface Database {
  company: CompanyTable;
  locations: LocationTable;
  modes_of_delivery: ModeOfDeliveryTable;
  charge_codes: ChargeCodeTable;
  commerce_parameters: CommerceParametersTable;
  functionality_profile: FunctionalityProfileTable;
  products: ProductTable;
  customers: CustomerTable;
  customer_addresses: CustomerAddressTable;
  permission_groups: PermissionGroupTable;
  permission_group_permissions: PermissionGroupPermissionTable;
  staff: StaffTable;
  staff_groups: StaffGroupTable;
  distribution_applied: DistributionAppliedTable;
  register_sessions: RegisterSessionTable;
  sign_in_attempts: SignInAttemptTable;
  carts: CartTable;
  receipts: ReceiptTable;
  pos_idempotency_keys: PosIdempotencyKeyTable;
  operation_snapshots: OperationSnapshotTable;
  local_orders: LocalOrderTable;
  outbox: OutboxTable;
  register_sequences: RegisterSequenceTable;
}

type Replicated = {
  /** The distribution change that last wrote the row. */
  change_number: number;
  created_at: string;
  updated_at: string;
};

export interface CompanyTable extends Replicated {
  /** Always 1: there is one company. */
  id: number;
  name: string;
  currency: string;
  time_zone: string;
}

export interface LocationTable extends Replicated {
  id: string;
  kind: 'store' | 'warehouse';
  name: string;
  address_name: string;
  street: string;
  postal_code: string;
  city: string;
  country: string;
  time_zone: string;
  /** For a store: the warehouse that ships for it. */
  ships_from: string | null;
  /** For a store: the customer of a sale that names none (a walk-in, cash and carry). */
  default_customer: string | null;
}

export interface ModeOfDeliveryTable extends Replicated {
  code: string;
  name: string;
  kind: 'shipping' | 'pickup' | 'carryOut';
}

export interface ChargeCodeTable extends Replicated {
  code: string;
  description: string;
  vat_rate_bp: number;
}

export interface CommerceParametersTable extends Replicated {
  /** Always 1: the parameters are company-wide. */
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

/** This store's profile only (R-PRO-1..3): HQ sends no other store's. */
export interface FunctionalityProfileTable extends Replicated {
  store_id: string;
  require_payment_for_fulfillment: 'NotRequired' | 'CardRequired';
  create_customer_order_in_async_mode: number;
  fallback_to_async_when_hq_unreachable: number;
}

export interface ProductTable extends Replicated {
  sku: string;
  barcode: string | null;
  name: string;
  /** Gross, VAT included (R-MON-4), in cents. */
  price: number;
  vat_rate_bp: number;
  kind: 'merchandise' | 'giftCard';
  active: number;
}

export interface CustomerTable extends Replicated {
  number: string;
  name: string;
  email: string | null;
  phone: string | null;
}

export interface CustomerAddressTable extends Replicated {
  id: string;
  customer_number: string;
  /** The order of the customer's addresses as HQ lists them. */
  position: number;
  name: string;
  street: string;
  postal_code: string;
  city: string;
  country: string;
}

export interface PermissionGroupTable extends Replicated {
  name: string;
}

export interface PermissionGroupPermissionTable {
  group_name: string;
  permission: string;
  position: number;
}

export interface StaffTable extends Replicated {
  id: string;
  name: string;
  /** scrypt, as HQ hashed it (R-SEC-1): sign-in works while HQ is down. */
  password_hash: string;
}

export interface StaffGroupTable {
  staff_id: string;
  group_name: string;
  position: number;
}

/** Per distribution job, the change number this store has applied up to. */
export interface DistributionAppliedTable {
  job: string;
  applied_up_to: number;
  created_at: string;
  updated_at: string;
}

/** A staff member signed in to a register (R-SEC-1); the token itself is never stored. */
export interface RegisterSessionTable {
  /** sha256 of the token, hex. */
  token_hash: string;
  staff_id: string;
  register_id: string;
  created_at: string;
  expires_at: string;
}

/**
 * A password check not (yet) known to have succeeded, per staff id as typed (known or not): the rate
 * limit of sign-ins and manager overrides counts them (server-kit's, as at HQ; migration 0006). A success
 * removes the staff id's rows.
 */
export type { SignInAttemptTable };

export interface CartTable {
  id: string;
  register_id: string;
  opened_by: string;
  status: 'open' | 'completed';
  version: number;
  /** The cart as `Cart` (app/carts/cart.ts) in JSON. */
  document: string;
  /** Once completed: the order HQ made of it. */
  order_id: string | null;
  order_number: string | null;
  receipt_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReceiptTable {
  id: string;
  kind: ReceiptKind;
  order_id: string;
  order_number: string | null;
  /** The idempotency key of the operation it is the receipt of. */
  operation_key: string;
  /** The receipt as the contracts' `Receipt` in JSON. */
  document: string;
  created_at: string;
  updated_at: string;
}

/** A POS call's idempotency key with the answer it got, so that a retry gets it again. */
export interface PosIdempotencyKeyTable {
  key: string;
  staff_id: string;
  request_hash: string;
  status_code: number;
  response: string;
  created_at: string;
}

/** The order as read before an operation with a receipt, under the operation's idempotency key. */
export interface OperationSnapshotTable {
  operation_key: string;
  /** HQ's order (contracts' `RtsOrder`) in JSON. */
  order_document: string;
  created_at: string;
}

/** An order this store made on its own (async mode, R-ASY-2), until and after HQ synchronized it. */
export interface LocalOrderTable {
  id: string;
  confirmation_number: string;
  register_id: string;
  customer_name: string;
  /** The domain's `OrderState` in JSON. */
  document: string;
  /** Once Synchronize orders made it a sales order. */
  hq_order_number: string | null;
  created_at: string;
  updated_at: string;
}

/** A store transaction for HQ's P-job (R-ASY-3), numbered in the order it was written. */
export interface OutboxTable {
  sequence: Generated<number>;
  transaction_id: string;
  kind: StoreTransactionKind;
  order_id: string;
  confirmation_number: string;
  /** The contracts' payload of its kind (`AsyncCreateOrder`, `AsyncPickUpOrder`, `AsyncCancelOrder`) in JSON. */
  payload: string;
  created_at: string;
}

export interface RegisterSequenceTable {
  register_id: string;
  last: number;
}
