import type {
  CartChange,
  CartDeliveryInput,
  CartView,
  Receipt,
  RtsOperationReply,
  RtsOrder,
} from '@kassa/contracts';
import { inDays } from './dates.ts';
import { bodyOf, type RegisterClient } from './system.ts';

/**
 * Orders made through a store's API as the POS makes them (a cart, its changes, HQ's preview, checkout),
 * for browser tests that operate on an order at the POS or the back office: making it by the API is faster
 * than clicking, and the clicking is what those tests are about.
 */

/** What HQ's preview of a checkout says: the order total and what is due now (R-DEP-1). */
export type CheckoutEffect = RtsOperationReply['effect'];

/** The tenders of a cart: given, or worked out from HQ's preview of its checkout. */
export type Tenders = readonly CartChange[] | ((effect: CheckoutEffect) => CartChange[]);

/** Cash for what HQ says is due now: the deposit, and what is carried out (R-DEP-1). */
export const dueNowInCash: Tenders = (effect) => [{ kind: 'addCashPayment', amount: effect.toCollect }];

/**
 * Boots (BOOT-42, €129.50) to pick up at S01 tomorrow for Anna de Vries (C-1001): the order the POS's
 * operations (pick up, cancel, edit, pick and pack) are tried on.
 */
export function bootsForAnna(quantity = 2): CartChange[] {
  return [
    { kind: 'setCustomer', customerNumber: 'C-1001' },
    { kind: 'addProduct', sku: 'BOOT-42', quantity },
    { kind: 'setDelivery', lineIds: ['L1'], delivery: { kind: 'pickup', storeId: 'S01', date: inDays(1) } },
  ];
}

/**
 * Shipped to the customer's home, the address the demo gives each customer as `<number>-home`, by PostNL
 * unless `modeOfDelivery` says otherwise, with `charge` (cents) for shipping.
 */
export function shippedHome(
  customerNumber: string,
  {
    requestedDate,
    charge,
    modeOfDelivery = 'POSTNL',
  }: { requestedDate: string; charge: number; modeOfDelivery?: string },
): CartDeliveryInput {
  return { kind: 'ship', addressId: `${customerNumber}-home`, modeOfDelivery, requestedDate, charge };
}

/** A new cart at the register with `changes` made in one go. */
export async function cartWith(register: RegisterClient, changes: readonly CartChange[]): Promise<CartView> {
  const opened = bodyOf(await register.post<CartView>('/carts'), 201, 'open a cart');
  return bodyOf(
    await register.post<CartView>(`/carts/${opened.id}/changes`, { version: opened.version, changes }),
    200,
    'fill the cart',
  );
}

/** A cart with `changes`, then `tenders` (a function of them is given HQ's preview): ready to check out. */
export async function paidCart(
  register: RegisterClient,
  changes: readonly CartChange[],
  tenders: Tenders = dueNowInCash,
): Promise<CartView> {
  const cart = await cartWith(register, changes);
  const payments =
    typeof tenders === 'function'
      ? tenders(
          bodyOf(
            await register.post<RtsOperationReply>(`/carts/${cart.id}/checkout?preview=true`, {}),
            200,
            'preview',
          ).effect,
        )
      : tenders;
  return bodyOf(
    await register.post<CartView>(`/carts/${cart.id}/changes`, { version: cart.version, changes: payments }),
    200,
    'pay',
  );
}

/** Checks the cart out; answers its receipt (the order by its number, or its confirmation number without HQ). */
export async function checkOut(register: RegisterClient, cart: CartView): Promise<Receipt> {
  return bodyOf(await register.post<{ receipt: Receipt }>(`/carts/${cart.id}/checkout`, {}), 201, 'check out')
    .receipt;
}

/** The order as the store reads it from HQ (or, for one HQ does not have yet, its own copy). */
export async function readOrder<T extends RtsOrder = RtsOrder>(
  register: RegisterClient,
  idOrNumber: string,
): Promise<T> {
  return bodyOf(await register.get<T>(`/orders/${encodeURIComponent(idOrNumber)}`), 200, 'read the order');
}

/** An order made at the register with `changes`, paid by `tenders` (unset: what is due now, in cash), as HQ holds it. */
export async function orderThroughTheStore(
  register: RegisterClient,
  changes: readonly CartChange[],
  tenders: Tenders = dueNowInCash,
): Promise<RtsOrder> {
  const receipt = await checkOut(register, await paidCart(register, changes, tenders));
  return readOrder(register, receipt.order.id);
}
