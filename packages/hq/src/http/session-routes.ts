import { errorReplies, Session, SignIn } from '@kassa/contracts';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fail, isFailure } from '../app/failure.ts';
import type { Hq } from '../app/hq-context.ts';
import { checkPassword } from '../app/sign-in/check-password.ts';
import { endSession, openSession, staffPermissions } from './auth.ts';

const tags = ['Back office: sessions'];
const errors = errorReplies(400, 401, 403);
const signInErrors = errorReplies(400, 401, 403, 429);

const staffName = async (hq: Hq, staffId: string) =>
  (await hq.database.db.selectFrom('staff').select('name').where('id', '=', staffId).executeTakeFirst())
    ?.name ?? staffId;

/**
 * Signing in to the back office (R-SEC-1): HQ staff whose groups grant `backOffice`. A refusal names the
 * field the back office shows it at: a wrong staff id or password at the password (which of the two is
 * not told), a staff member without the permission at the staff id. After 5 wrong passwords in 5 minutes
 * a staff id gets 429 TOO_MANY_ATTEMPTS with Retry-After, as at a register (check-password.ts).
 */
export function signInRoutes(hq: Hq): FastifyPluginAsyncZod {
  return async (app) => {
    const db = hq.database.db;
    app.post(
      '/sessions',
      {
        schema: {
          tags,
          summary: 'Sign in to the back office',
          body: SignIn,
          response: { 201: Session, ...signInErrors },
        },
      },
      async (request, reply) => {
        const staff = await checkPassword(db, request.body, { now: hq.clock(), newId: hq.newId });
        if (isFailure(staff)) {
          const retryAfter = staff.details?.retryAfter;
          if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
          return sendFailure(reply, staff);
        }
        const permissions = (await staffPermissions(db, staff.staffId)) ?? [];
        if (!permissions.includes('backOffice')) {
          return sendFailure(
            reply,
            fail('FORBIDDEN', `staff ${staff.staffId} has no back-office permission`, {
              field: 'staffId',
              rule: 'R-SEC-1',
            }),
          );
        }
        const session = await openSession(db, staff.staffId, new Date(hq.clock().epochMilliseconds));
        return reply.code(201).send({ ...session, staffId: staff.staffId, name: staff.name, permissions });
      },
    );
  };
}

/** The signed-in session: who it is, and signing out. Registered inside the signed-in scope. */
export function currentSessionRoutes(hq: Hq): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/sessions/current',
      {
        schema: {
          tags,
          summary: 'Who is signed in to the back office, with the permissions their groups grant now',
          response: { 200: Session.omit({ token: true }), ...errors },
        },
      },
      async (request) => ({
        staffId: request.staff.staffId,
        name: await staffName(hq, request.staff.staffId),
        permissions: [...request.staff.permissions],
        expiresAt: request.staff.expiresAt,
      }),
    );
    app.delete(
      '/sessions/current',
      {
        schema: {
          tags,
          summary: 'Sign out: the token answers 401 from now on',
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await endSession(hq.database.db, request);
        return reply.code(204).send(null);
      },
    );
  };
}
