import {
  ErrorReply,
  PermissionCheck,
  PermissionGranted,
  RegisterSession,
  RegisterSignIn,
} from '@kassa/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isFailure } from '../app/failure.ts';
import { signIn } from '../app/sessions/sign-in.ts';
import { signOut } from '../app/sessions/sign-out.ts';
import type { Store } from '../app/store-context.ts';
import { MANAGER_OVERRIDE_HEADER, sendRefusal, sessionGuard } from './session-guard.ts';

const tags = ['POS: sessions'];
const security = [{ register: [] }];

/** R-SEC-1, R-SEC-2: signing in to a register, out again, and asking what the session may do. */
export function sessionRoutes(store: Store): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/sessions',
      {
        schema: {
          tags,
          summary:
            'Sign in to a register with staff id and password (R-SEC-1); 5 wrong passwords in 5 minutes lock the staff id for 5 minutes',
          body: RegisterSignIn,
          response: { 201: RegisterSession, 400: ErrorReply, 401: ErrorReply, 429: ErrorReply },
        },
      },
      async (request, reply) => {
        const session = await signIn(store.database.db, request.body, {
          storeId: store.storeId,
          now: store.clock(),
          newId: store.newId,
        });
        return isFailure(session) ? sendRefusal(reply, session) : reply.code(201).send(session);
      },
    );

    const signedInRoutes: FastifyPluginAsyncZod = async (signedIn) => {
      const guard = sessionGuard(store);
      signedIn.addHook('preHandler', guard.hook);

      signedIn.get(
        '/sessions/current',
        {
          schema: {
            tags,
            security,
            summary: 'Who is signed in at this register, with the permissions their groups grant now',
            response: { 200: RegisterSession.omit({ token: true }), 401: ErrorReply },
          },
        },
        async (request) => {
          const session = guard.sessionOf(request);
          return {
            staffId: session.staffId,
            name: session.name,
            registerId: session.registerId,
            storeId: store.storeId,
            permissions: [...session.permissions],
            expiresAt: session.expiresAt,
          };
        },
      );

      signedIn.delete(
        '/sessions/current',
        {
          schema: {
            tags,
            security,
            summary: 'Sign out: the token answers 401 from now on',
            response: { 204: z.null(), 401: ErrorReply },
          },
        },
        async (request, reply) => {
          await signOut(store.database.db, guard.sessionOf(request).tokenHash);
          return reply.code(204).send(null);
        },
      );

      signedIn.post(
        '/authorizations',
        {
          schema: {
            tags,
            security,
            summary: `May the signed-in associate do this, or does the manager whose credentials come with it approve (R-SEC-1, R-SEC-2)? The override may also come as ${MANAGER_OVERRIDE_HEADER}: base64(staffId:password); it holds for this one call`,
            body: PermissionCheck,
            response: {
              200: PermissionGranted,
              400: ErrorReply,
              401: ErrorReply,
              403: ErrorReply,
              429: ErrorReply,
            },
          },
        },
        async (request, reply) => {
          const granted = guard.require(request, request.body.permission);
          return isFailure(granted) ? sendRefusal(reply, granted) : granted;
        },
      );
    };
    await app.register(signedInRoutes);
  };
}
