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

/**
 * A pickup code as typed or scanned, in its printed form: case, spaces and the hyphen do not matter, and
 * the letters people confuse with digits are read as Crockford's base32 reads them (O → 0, I and L → 1).
 * Anything that cannot be a code comes back as typed, so it finds nothing rather than something wrong.
 */
export function normalizePickupCode(typed: string): string {
  const compact = typed.toUpperCase().replaceAll(/[\s-]/g, '').replaceAll('O', '0').replaceAll(/[IL]/g, '1');
  if (compact.length !== 10 || [...compact].some((c) => !ALPHABET.includes(c))) return typed;
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}
