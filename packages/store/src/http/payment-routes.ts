import { CardInput, ErrorReply } from '@kassa/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isFailure } from '../app/failure.ts';
import { tokenizeCard } from '../app/payments/tokenize-card.ts';
import type { Store } from '../app/store-context.ts';
import { sendRefusal, sessionGuard } from './session-guard.ts';

/**
 * Cards for payments on existing orders (a pickup, a conversion, an edit): the register gets a token from
 * HQ's payment connector and sends it with the operation; cards in a cart are tokenized as they are added.
 */
export function paymentRoutes(store: Store): FastifyPluginAsyncZod {
  return async (app) => {
    const guard = sessionGuard(store);
    app.addHook('preHandler', guard.hook);

    app.post(
      '/payments/card-tokens',
      {
        schema: {
          tags: ['POS: payments'],
          security: [{ register: [] }],
          summary:
            "Tokenize a card through HQ's payment connector (test cards: 4111111111111111 approves, 4000000000000002 declines). Moves no money, so it needs no Idempotency-Key",
          body: CardInput,
          response: {
            201: z.object({ token: z.string(), last4: z.string() }),
            400: ErrorReply,
            401: ErrorReply,
            402: ErrorReply,
            503: ErrorReply,
          },
        },
      },
      async (request, reply) => {
        const token = await tokenizeCard(store, request.body);
        return isFailure(token) ? sendRefusal(reply, token) : reply.code(201).send(token);
      },
    );
  };
}
