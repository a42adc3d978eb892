import { ManagerOverride, type Permission } from '@kassa/contracts';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Failure, fail, isFailure } from '../app/failure.ts';
import { type Actor, type Authorized, authorize } from '../app/sessions/authorize.ts';
import { checkPassword } from '../app/sessions/check-password.ts';
import { findSession, type SignedIn } from '../app/sessions/find-session.ts';
import type { Store } from '../app/store-context.ts';

/** The header form of a manager override, for calls without a body: `base64(staffId:password)`. */
export const MANAGER_OVERRIDE_HEADER = 'x-manager-override';

/** A refusal, with `Retry-After` when the rate limit answered. */
export function sendRefusal(reply: FastifyReply, failure: Failure): FastifyReply {
  const retryAfter = failure.code === 'TOO_MANY_ATTEMPTS' ? failure.details?.retryAfter : undefined;
  if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
  return sendFailure(reply, failure);
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() || undefined : undefined;
}

/** `managerOverride` of a body the route's schema accepted, or the header; neither is no override. */
function overrideOf(request: FastifyRequest): ManagerOverride | Failure | undefined {
  const body = request.body as { managerOverride?: ManagerOverride } | undefined;
  if (body && typeof body === 'object' && body.managerOverride) return body.managerOverride;
  const header = request.headers[MANAGER_OVERRIDE_HEADER];
  if (header === undefined) return undefined;
  const decoded = Buffer.from(String(header), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const parsed = ManagerOverride.safeParse(
    colon < 0 ? {} : { staffId: decoded.slice(0, colon), password: decoded.slice(colon + 1) },
  );
  return parsed.success
    ? parsed.data
    : fail('VALIDATION_FAILED', `${MANAGER_OVERRIDE_HEADER} is base64 of <staffId>:<password> (R-SEC-2)`, {
        field: MANAGER_OVERRIDE_HEADER,
        rule: 'R-SEC-2',
      });
}

/**
 * The guard of the POS routes (R-SEC-1): a `Bearer` register session, checked against the store's clock,
 * with the permissions the replica grants now. A manager override (R-SEC-2) is verified here, for this
 * request only, rate-limited like a sign-in; the route then asks `authorize` for what it needs, a pure
 * check over what the guard loaded, and learns who approved.
 */
export function sessionGuard(store: Store) {
  const signedIn = new WeakMap<FastifyRequest, { session: SignedIn; actor: Actor }>();

  async function guard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const now = store.clock();
    const session = await findSession(store.database.db, bearer(request), now);
    if (isFailure(session)) return void sendRefusal(reply, session);
    const override = overrideOf(request);
    if (isFailure(override)) return void sendRefusal(reply, override);
    const actor: Actor = {
      staffId: session.staffId,
      registerId: session.registerId,
      permissions: session.permissions,
    };
    if (override === undefined) return void signedIn.set(request, { session, actor });
    if (override.staffId === session.staffId) {
      return void sendRefusal(
        reply,
        fail(
          'FORBIDDEN',
          'a manager override is given by another staff member than the one signed in (R-SEC-2)',
          {
            field: 'managerOverride.staffId',
            rule: 'R-SEC-2',
          },
        ),
      );
    }
    const manager = await checkPassword(
      store.database.db,
      override,
      { now, newId: store.newId },
      {
        field: 'managerOverride',
        rule: 'R-SEC-2',
      },
    );
    if (isFailure(manager)) return void sendRefusal(reply, manager);
    signedIn.set(request, { session, actor: { ...actor, override: manager } });
  }

  const stateOf = (request: FastifyRequest) => {
    const state = signedIn.get(request);
    // The guard runs before every route it protects: no state here is a route registered outside it.
    if (!state) throw new Error(`${request.method} ${request.url} is not behind the session guard`);
    return state;
  };

  return {
    /** For `addHook('preHandler', …)` of the plugin whose routes it protects. */
    async hook(request: FastifyRequest, reply: FastifyReply) {
      await guard(request, reply);
      return reply.sent ? reply : undefined;
    },
    sessionOf: (request: FastifyRequest): SignedIn => stateOf(request).session,
    actorOf: (request: FastifyRequest): Actor => stateOf(request).actor,
    /** R-SEC-1, R-SEC-2: the permission granted (and by whom), or the 403 to answer. */
    require: (request: FastifyRequest, permission: Permission): Authorized | Failure =>
      authorize(stateOf(request).actor, permission),
  };
}
