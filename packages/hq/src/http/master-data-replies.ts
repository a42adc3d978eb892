import { ErrorReply, Printable } from '@kassa/contracts';
import { instantText } from '@kassa/domain';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { type Failure, fail, isFailure } from '../app/failure.ts';
import type { Hq } from '../app/hq-context.ts';
import type { Saved, SaveMode } from '../app/master-data/saved.ts';
import type { Trx } from '../app/transaction.ts';

/** What the master-data routes share: their error replies, pages, PUT answers and OpenAPI tags. */
export const errors = {
  400: ErrorReply,
  401: ErrorReply,
  403: ErrorReply,
  404: ErrorReply,
  409: ErrorReply,
  422: ErrorReply,
};
export const saved = <T extends z.ZodType>(schema: T) => ({ 200: schema, 201: schema, ...errors });
/** The answers of a PUT to an entity named by its key (PutHeaders): 412 too. */
export const savedByKey = <T extends z.ZodType>(schema: T) => ({ ...saved(schema), 412: ErrorReply });

/**
 * The headers of a master-data PUT: `If-None-Match: *` (RFC 9110) creates only, answering 412 KEY_TAKEN
 * when the key exists. HQ's master data has no entity tags, so `*` is the only one it takes. Loose: the
 * validated headers replace the request's, which must keep the others.
 */
export const PutHeaders = z.looseObject({
  'if-none-match': z
    .literal('*')
    .optional()
    .describe('`*`: create only; 412 KEY_TAKEN, and nothing changed, when one exists with this key'),
});

/** How a PUT writes, by its `If-None-Match`. */
export const saveModeOf = (headers: z.infer<typeof PutHeaders>): SaveMode =>
  headers['if-none-match'] === '*' ? 'create' : 'upsert';

export const PageQuery = z.object({
  search: Printable(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  /** The `next` of the previous page. */
  after: z
    .string()
    .max(400)
    .regex(/^[\w-]*$/, 'the next of a previous page')
    .optional(),
});
export const Next = z.string().nullable();

export const tags = {
  configuration: ['Back office: configuration'],
  catalog: ['Back office: products and stock'],
  customers: ['Back office: customers'],
  staff: ['Back office: staff and permissions'],
};

/** HQ's database, its clock as an ISO instant, and reads in one transaction (a consistent view). */
export function masterDataContext(hq: Hq) {
  const db = hq.database.db;
  return {
    db,
    now: () => instantText(hq.clock()),
    read: <T>(work: (trx: Trx) => Promise<T>): Promise<T> => db.transaction().execute(work),
  };
}

export function answer<T>(reply: FastifyReply, result: T | Failure): T | FastifyReply {
  return isFailure(result) ? sendFailure(reply, result) : result;
}

/** PUT semantics: 201 when the PUT created the resource, 200 when it replaced it, 412 when it refused to. */
export function answerSaved<T>(reply: FastifyReply, result: Saved<T> | Failure): FastifyReply {
  return isFailure(result)
    ? sendFailure(reply, result)
    : reply.code(result.created ? 201 : 200).send(result.value);
}

/** A PUT names its resource in the path; a body naming another one is a mistake, not a rename. */
export function differs(field: string, path: string, body: string): Failure | undefined {
  if (path === body) return undefined;
  return fail('VALIDATION_FAILED', `${field} ${body} in the body differs from ${path} in the path`, {
    field,
  });
}
