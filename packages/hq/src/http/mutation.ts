import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { type Failure, fail, isFailure } from '../app/failure.ts';
import { type IdempotencyKey, replay } from '../app/idempotency.ts';
import type { Database } from '../db/schema.ts';
import { sendFailure } from './errors.ts';

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    /UNIQUE constraint failed: idempotency_keys/.test(e?.message ?? '')
  );
}

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
  // Answers with the first answer to this key, if there is one. It says whether it did as a boolean, not
  // by returning the reply: a Fastify reply is a thenable, so an async function returning it resolved to
  // undefined once sent, and every retry ran the operation again (a second card charge, undone only later).
  const answer = async (): Promise<boolean> => {
    const earlier = await replay(db, idempotency);
    if (!earlier) return false;
    if (isFailure(earlier)) sendFailure(reply, earlier);
    else reply.code(earlier.status).send(earlier.body);
    return true;
  };
  if (await answer()) return reply;
  try {
    const result = await run({ preview: false, idempotency });
    if (!isFailure(result)) return reply.code(successStatus).send(result);
    // A refusal may come from racing the same call that committed first (it took the last units, moved
    // the version on): the first answer is the answer, as it would be to a retry after it.
    if (await answer()) return reply;
    return sendFailure(reply, result);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same call committed first on another connection: answer as it was answered.
    if (await answer()) return reply;
    throw error;
  }
}
