import type { FastifyRequest } from 'fastify';
import { type Failure, fail } from '../app/failure.ts';

/** The Idempotency-Key every mutating POS call carries (ARCHITECTURE.md), or the 400 that asks for it. */
export function idempotencyKeyOf(request: FastifyRequest): string | Failure {
  const key = request.headers['idempotency-key'];
  if (typeof key === 'string' && key.length >= 8 && key.length <= 200 && /^[\x21-\x7e]+$/.test(key))
    return key;
  return fail(
    'IDEMPOTENCY_KEY_REQUIRED',
    'a mutating call needs an Idempotency-Key header of 8 to 200 characters',
    {
      field: 'Idempotency-Key',
    },
  );
}
