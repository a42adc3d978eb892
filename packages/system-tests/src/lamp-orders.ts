import type { CartView, Receipt } from '@kassa/contracts';
import { inDays } from './dates.ts';
import { bodyOf, type RegisterClient, type StoreId, type System } from './system.ts';

/**
 * Orders a store makes without HQ (R-PRO-3, R-ASY-2), all alike so that what HQ makes of them can be
 * checked to the cent: one head lamp to pick up at the store, its deposit paid in cash.
 */

// The demo's head lamp (gross cents) and its deposit at the demo's 10 % (packages/hq/src/demo/demo-data.ts).
export const LAMP_HEAD = 2495;
export const DEPOSIT = Math.round(LAMP_HEAD / 10);

/** A cart of one head lamp to pick up at the register's store, its deposit paid in cash: no card needs HQ. */
export async function lampCart(
  register: RegisterClient,
  storeId: StoreId,
  customerNumber = 'C-1002',
): Promise<CartView> {
  const opened = bodyOf(await register.post<CartView>('/carts'), 201, 'open a cart');
  return bodyOf(
    await register.post<CartView>(`/carts/${opened.id}/changes`, {
      version: opened.version,
      changes: [
        { kind: 'setCustomer', customerNumber },
        { kind: 'addProduct', sku: 'LAMP-HEAD', quantity: 1 },
        { kind: 'setDelivery', delivery: { kind: 'pickup', storeId, date: inDays(3) } },
        { kind: 'addCashPayment', amount: DEPOSIT },
      ],
    }),
    200,
    'fill the cart',
  );
}

/** One lamp order checked out; with HQ down the store makes it itself (R-PRO-3, R-ASY-2). */
export async function sellLamp(register: RegisterClient, storeId: StoreId): Promise<Receipt> {
  const cart = await lampCart(register, storeId);
  return bodyOf(
    await register.post<{ receipt: Receipt }>(`/carts/${cart.id}/checkout`, {}),
    201,
    `check out cart ${cart.id}`,
  ).receipt;
}

/**
 * With HQ stopped, each register sells `perRegister` lamps, the registers taking turns, so the outboxes of
 * both stores fill together. Answers the confirmation numbers (R-CRE-7) in the order they were made.
 */
export async function sellLampsWithHqDown(
  system: System,
  registers: readonly (readonly [RegisterClient, StoreId])[],
  perRegister: number,
): Promise<string[]> {
  await system.kassa.hq.stop();
  try {
    return await sellLamps(registers, perRegister);
  } finally {
    await system.kassa.hq.start();
  }
}

/** Each register sells `perRegister` lamps, taking turns; HQ is out of reach, so the stores make them. */
export async function sellLamps(
  registers: readonly (readonly [RegisterClient, StoreId])[],
  perRegister: number,
): Promise<string[]> {
  const confirmations: string[] = [];
  for (let i = 0; i < perRegister; i++) {
    for (const [register, storeId] of registers) {
      const { confirmationNumber } = (await sellLamp(register, storeId)).order;
      if (!confirmationNumber)
        throw new Error(`an order made at ${storeId} without HQ has no confirmation number`);
      confirmations.push(confirmationNumber);
    }
  }
  return confirmations;
}
