import { scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const derive = promisify(scrypt) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;

/**
 * Checks a password against a hash HQ made (`scrypt$salt$hash`, HQ's `hashSecret`) and distributed with
 * the staff (job 1060), so associates sign in while HQ is down.
 */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  if (expected.length === 0) return false;
  const actual = await derive(secret, Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(actual, expected);
}

// Same salt and key length as HQ's hashes: checking a password of nobody costs what checking one costs.
const NOBODY = `scrypt$${Buffer.alloc(16, 7).toString('base64')}$${Buffer.alloc(32).toString('base64')}`;

/** Spends the time of one password check and says no: an unknown staff id must not answer faster. */
export async function verifyNobody(secret: string): Promise<false> {
  await verifySecret(secret, NOBODY);
  return false;
}
