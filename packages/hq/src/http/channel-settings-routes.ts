import { Code, CommerceParameters, FunctionalityProfile } from '@kassa/contracts';
import { refuse } from '@kassa/domain';
import { sendFailure } from '@kassa/server-kit';
import type { FastifySchemaValidationError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Failure, fail } from '../app/failure.ts';
import type { Hq } from '../app/hq-context.ts';
import { getCommerceParameters } from '../app/master-data/get-commerce-parameters.ts';
import { getFunctionalityProfile } from '../app/master-data/get-functionality-profile.ts';
import {
  commerceParameterRefusals,
  invalidParameters,
  setCommerceParameters,
} from '../app/master-data/set-commerce-parameters.ts';
import { setFunctionalityProfile } from '../app/master-data/set-functionality-profile.ts';
import { type Trx, transact } from '../app/transaction.ts';
import { answer, answerSaved, errors, masterDataContext, saved, tags } from './master-data-replies.ts';

const ProfileView = FunctionalityProfile.extend({ storeId: Code });

/**
 * R-PAR-1: a body the schema refused is answered like the domain's refusals, every invalid field named
 * with the rule: the schema's findings first, then what the domain's checks add about the other fields.
 */
async function invalidParametersOf(
  validation: readonly FastifySchemaValidationError[],
  body: unknown,
  read: <T>(work: (trx: Trx) => Promise<T>) => Promise<T>,
): Promise<Failure> {
  const refusals = validation.map((issue) => {
    const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || 'body';
    return refuse('INVALID_PARAMETER', `${field} ${issue.message ?? 'is invalid'}`, { field });
  });
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const more = await read((trx) => commerceParameterRefusals(trx, body as CommerceParameters));
    refusals.push(...more.filter((r) => !refusals.some((known) => known.field === r.field)));
  }
  const [first, ...rest] = refusals;
  return first
    ? invalidParameters([first, ...rest])
    : fail('VALIDATION_FAILED', 'the Commerce parameters are invalid');
}

/**
 * The settings a channel decides by (SPEC §3): the company-wide Commerce parameters (R-PAR-1) and each
 * store's functionality profile (R-PRO-1..3), both carried to the stores by job 1070.
 */
export function channelSettingsRoutes(hq: Hq): FastifyPluginAsyncZod {
  return async (app) => {
    const { db, now, read } = masterDataContext(hq);

    app.get(
      '/commerce-parameters',
      {
        schema: {
          tags: tags.configuration,
          summary: 'The Commerce parameters (R-PAR-1)',
          response: { 200: CommerceParameters, ...errors },
        },
      },
      async (_request, reply) => answer(reply, await read(getCommerceParameters)),
    );
    app.put(
      '/commerce-parameters',
      {
        // Schema violations come to the handler, to be answered as R-PAR-1 refusals.
        attachValidation: true,
        schema: {
          tags: tags.configuration,
          summary: 'Set the Commerce parameters; every invalid field is refused by name (R-PAR-1)',
          body: CommerceParameters,
          response: saved(CommerceParameters),
        },
      },
      async (request, reply) => {
        if (request.validationError) {
          return sendFailure(
            reply,
            await invalidParametersOf(request.validationError.validation, request.body, read),
          );
        }
        return answerSaved(
          reply,
          await transact(db, (trx) => setCommerceParameters(trx, request.body, now())),
        );
      },
    );

    app.get(
      '/functionality-profiles/:storeId',
      {
        schema: {
          tags: tags.configuration,
          summary: "A store's functionality profile (R-PRO-1..3)",
          params: z.object({ storeId: Code }),
          response: { 200: ProfileView, ...errors },
        },
      },
      async (request, reply) =>
        answer(reply, await read((trx) => getFunctionalityProfile(trx, request.params.storeId))),
    );
    app.put(
      '/functionality-profiles/:storeId',
      {
        schema: {
          tags: tags.configuration,
          summary: "Set a store's functionality profile (R-PRO-1..3); it reaches the store with job 1070",
          params: z.object({ storeId: Code }),
          body: FunctionalityProfile,
          response: saved(ProfileView),
        },
      },
      async (request, reply) =>
        answerSaved(
          reply,
          await transact(db, (trx) =>
            setFunctionalityProfile(trx, request.params.storeId, request.body, now()),
          ),
        ),
    );
  };
}
