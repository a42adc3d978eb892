import { errorReplies, Session, SignIn } from '@kassa/contracts';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fail } from '../app/failure.ts';
import type { Hq } from '../app/hq-context.ts';
import { verifySecret } from '../app/passwords.ts';
import { endSession, openSession, staffPermissions } from './auth.ts';

const tags = ['Back office: sessions'];
const errors = errorReplies(400, 401, 403);

const staffName = async (hq: Hq, staffId: string) =>
  (await hq.database.db.selectFrom('staff').select('name').where('id', '=', staffId).executeTakeFirst())
    ?.name ?? staffId;

/**
 * Signing in to the back office (R-SEC-1): HQ staff whose groups grant `backOffice`. A refusal names the
 * field the back office shows it at: a wrong staff id or password at the password (which of the two is
 * not told), a staff member without the permission at the staff id.
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
          response: { 201: Session, ...errors },
        },
      },
      async (request, reply) => {
        const staff = await db
          .selectFrom('staff')
          .select(['id', 'name', 'password_hash'])
          .where('id', '=', request.body.staffId)
          .executeTakeFirst();
        const valid = staff ? await verifySecret(request.body.password, staff.password_hash) : false;
        if (!staff || !valid)
          return sendFailure(
            reply,
            fail('UNAUTHORIZED', 'unknown staff id or wrong password', {
              field: 'password',
              rule: 'R-SEC-1',
            }),
          );
        const permissions = (await staffPermissions(db, staff.id)) ?? [];
        if (!permissions.includes('backOffice')) {
          return sendFailure(
            reply,
            fail('FORBIDDEN', `staff ${staff.id} has no back-office permission`, {
              field: 'staffId',
              rule: 'R-SEC-1',
            }),
          );
        }
        const session = await openSession(db, staff.id, new Date(hq.clock().epochMilliseconds));
        return reply.code(201).send({ ...session, staffId: staff.id, name: staff.name, permissions });
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
