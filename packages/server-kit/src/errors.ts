import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Failure } from './failure.ts';

/** The body of every 4xx (the contracts' ErrorReply). */
export interface ErrorBody {
  code: string;
  message: string;
  rule?: string;
  field?: string;
  details?: Readonly<Record<string, string | number>>;
  permission?: string;
}

/** A failure as a client reads it: what went wrong and where, without the plumbing of the server. */
export function errorBody(failure: Failure): ErrorBody {
  const { ok: _ok, status: _status, ...body } = failure;
  return body;
}

export function sendFailure(reply: FastifyReply, failure: Failure): FastifyReply {
  return reply.code(failure.status).send(errorBody(failure));
}

/** `/lines/0/quantity` → `lines[0].quantity`, the way the domain's refusals name fields too. */
function fieldOf(instancePath: string | undefined): string {
  return (
    instancePath
      ?.split('/')
      .filter((segment) => segment !== '')
      .reduce(
        (acc, segment) =>
          /^\d+$/.test(segment) ? `${acc}[${segment}]` : acc ? `${acc}.${segment}` : segment,
        '',
      ) ?? ''
  );
}

/**
 * Bad input never gets a 5xx: schema violations name the field, malformed JSON and oversized bodies get
 * their own 4xx, and every 4xx names its field. Only what is left (a bug, a lost disk or database) is a
 * 500, logged with its stack; `server` names who answers it ("HQ", "the store server").
 */
export function registerErrorHandler(app: FastifyInstance, server: string): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const [first] = error.validation;
      const context = error.validationContext ?? 'body';
      const field = fieldOf(first?.instancePath) || first?.params?.missingProperty?.toString() || context;
      return reply.code(400).send({
        code: 'VALIDATION_FAILED',
        message: `${context} ${field}: ${first?.message ?? 'is invalid'}`,
        field,
      } satisfies ErrorBody);
    }
    if (error.statusCode === 413) {
      return reply
        .code(413)
        .send({ code: 'BODY_TOO_LARGE', message: 'the request body is too large', field: 'body' });
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send({
        code: error.code ?? 'BAD_REQUEST',
        message: error.message,
        ...(error.code?.startsWith('FST_ERR_CTP_') ? { field: 'body' } : {}),
      } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply
      .code(500)
      .send({ code: 'INTERNAL', message: `something went wrong at ${server}; nothing was changed` });
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ code: 'NOT_FOUND', message: `no route ${request.method} ${request.url}`, field: 'url' }),
  );
}
