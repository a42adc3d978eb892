import type { ErrorReply } from '@kassa/contracts';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Failure } from '../app/failure.ts';

export function sendFailure(reply: FastifyReply, failure: Failure): FastifyReply {
  const { ok: _ok, status, ...body } = failure;
  return reply.code(status).send(body satisfies ErrorReply);
}

/** `/changes/0/key` → `changes[0].key`, the way the use cases name fields too. */
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
 * Bad input never gets a 5xx, as at HQ: schema violations name the field, malformed JSON and oversized
 * bodies get their own 4xx. Only what is left (a bug, a lost disk) is a 500, logged with its stack.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const [first] = error.validation;
      const context = error.validationContext ?? 'body';
      const field = fieldOf(first?.instancePath) || first?.params?.missingProperty?.toString() || context;
      return reply.code(400).send({
        code: 'VALIDATION_FAILED',
        message: `${context} ${field}: ${first?.message ?? 'is invalid'}`,
        field,
      } satisfies ErrorReply);
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
      } satisfies ErrorReply);
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply
      .code(500)
      .send({ code: 'INTERNAL', message: 'something went wrong at the store server; nothing was changed' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ code: 'NOT_FOUND', message: `no route ${request.method} ${request.url}`, field: 'url' }),
  );
}
