import { createHash, timingSafeEqual } from 'node:crypto';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { fail } from '../app/failure.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * R-SEC-4: HQ calls a store's job endpoints as `Authorization: Bearer <storeId>:<secret>`, with the
 * credential of the store it calls; the store knows its own from its configuration. Both sides are hashed
 * first so the comparison takes the same time whatever the length or content of a guess.
 */
export function hqAuthenticator(store: { readonly storeId: string; readonly secret: string }) {
  const expected = sha256(`${store.storeId}:${store.secret}`);
  return async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const header = request.headers.authorization;
    const credential = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (credential === '' || !timingSafeEqual(sha256(credential), expected)) {
      sendFailure(
        reply,
        fail('UNAUTHORIZED', `HQ calls store ${store.storeId} with Authorization: Bearer <store>:<secret>`, {
          field: 'authorization',
          rule: 'R-SEC-4',
        }),
      );
    }
  };
}
