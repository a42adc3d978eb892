import { createHash } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read aloud or typed from a receipt is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * R-PCK-6: the code on the receipt of an order with pickup lines. Derived from the order id, so every
 * tier (and an offline store) computes the same code without asking anyone. Ten characters (50 bits)
 * keep collisions among millions of orders improbable; a search by code still lists every match.
 */
export function pickupCodeFor(orderId: string): string {
  const digest = createHash('sha256').update(orderId).digest();
  let code = '';
  for (let i = 0; i < 10; i++) code += ALPHABET[(digest[i] ?? 0) % 32];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
