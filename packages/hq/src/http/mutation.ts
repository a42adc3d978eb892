import { createHash } from 'node:crypto';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { type Failure, fail, isFailure } from '../app/failure.ts';
import { claim, type IdempotencyKey, release } from '../app/idempotency.ts';
import type { Database } from '../db/schema.ts';

/**
 * Every mutating call (ARCHITECTURE.md): with `?preview=true` it runs the operation and commits nothing;
 * otherwise it needs an Idempotency-Key, and a retry with the same key and request gets the first answer
 * without running again, also when the two race.
 */
export async function mutation<T>(
  db: Kysely<Database>,
  request: FastifyRequest,
  reply: FastifyReply,
  caller: string,
  run: (options: { preview: boolean; idempotency?: IdempotencyKey }) => Promise<T | Failure>,
  successStatus = 200,
): Promise<FastifyReply> {
  const preview = (request.query as { preview?: string } | undefined)?.preview === 'true';
  if (preview) {
    const result = await run({ preview: true });
    return isFailure(result) ? sendFailure(reply, result) : reply.code(200).send(result);
  }
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || key.length < 8 || key.length > 200) {
    return sendFailure(
      reply,
      fail(
        'IDEMPOTENCY_KEY_REQUIRED',
        'a mutating call needs an Idempotency-Key header of 8 to 200 characters',
        {
          field: 'Idempotency-Key',
        },
      ),
    );
  }
  const idempotency: IdempotencyKey = {
    key,
    caller,
    requestHash: createHash('sha256')
      .update(
        `${request.method} ${request.routeOptions.url ?? request.url} ${request.url} ${JSON.stringify(request.body ?? null)}`,
      )
      .digest('hex'),
  };
  const claimed = await claim(db, idempotency, new Date().toISOString());
  if (claimed !== 'claimed') {
    return isFailure(claimed) ? sendFailure(reply, claimed) : reply.code(claimed.status).send(claimed.body);
  }
  let result: T | Failure;
  try {
    result = await run({ preview: false, idempotency });
  } catch (error) {
    await release(db, idempotency);
    throw error;
  }
  if (isFailure(result)) {
    await release(db, idempotency);
    return sendFailure(reply, result);
  }
  return reply.code(successStatus).send(result);
}
