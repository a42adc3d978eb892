import { ChargeCode, Code, Company, Location, ModeOfDelivery, StoreCredential } from '@kassa/contracts';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Hq } from '../app/hq-context.ts';
import { getCompany } from '../app/master-data/get-company.ts';
import { listChargeCodes } from '../app/master-data/list-charge-codes.ts';
import { listLocations } from '../app/master-data/list-locations.ts';
import { listModesOfDelivery } from '../app/master-data/list-modes-of-delivery.ts';
import { saveChargeCode } from '../app/master-data/save-charge-code.ts';
import { saveLocation } from '../app/master-data/save-location.ts';
import { saveModeOfDelivery } from '../app/master-data/save-mode-of-delivery.ts';
import { setCompany } from '../app/master-data/set-company.ts';
import { setStoreCredential } from '../app/master-data/set-store-credential.ts';
import { transact } from '../app/transaction.ts';
import {
  answer,
  answerSaved,
  differs,
  errors,
  masterDataContext,
  PutHeaders,
  saved,
  savedByKey,
  saveModeOf,
  tags,
} from './master-data-replies.ts';

const LocationView = Location.extend({ hasCredential: z.boolean() });

/** The company, its stores and warehouses with their RTS credentials, modes of delivery and charge codes. */
export function companyRoutes(hq: Hq): FastifyPluginAsyncZod {
  return async (app) => {
    const { db, now, read } = masterDataContext(hq);

    app.get(
      '/company',
      { schema: { tags: tags.configuration, summary: 'The company', response: { 200: Company, ...errors } } },
      async (_request, reply) => answer(reply, await read(getCompany)),
    );
    app.put(
      '/company',
      {
        schema: {
          tags: tags.configuration,
          summary: 'Set the company',
          body: Company,
          response: saved(Company),
        },
      },
      async (request, reply) =>
        answerSaved(reply, await transact(db, (trx) => setCompany(trx, request.body, now()))),
    );

    app.get(
      '/locations',
      {
        schema: {
          tags: tags.configuration,
          summary: 'Stores and warehouses',
          response: { 200: z.object({ locations: z.array(LocationView) }), ...errors },
        },
      },
      async () => ({ locations: await read(listLocations) }),
    );
    app.put(
      '/locations/:id',
      {
        schema: {
          tags: tags.configuration,
          summary: "Create or replace a store or warehouse; a store's shipsFrom is a warehouse (R-CRE-6)",
          params: z.object({ id: Code }),
          headers: PutHeaders,
          body: Location,
          response: savedByKey(LocationView),
        },
      },
      async (request, reply) => {
        const mismatch = differs('id', request.params.id, request.body.id);
        if (mismatch) return sendFailure(reply, mismatch);
        return answerSaved(
          reply,
          await transact(db, (trx) => saveLocation(trx, request.body, now(), saveModeOf(request.headers))),
        );
      },
    );
    app.put(
      '/locations/:id/credential',
      {
        schema: {
          tags: tags.configuration,
          summary: 'Set the credential a store calls the RTS with (R-SEC-4); it is never answered back',
          params: z.object({ id: Code }),
          body: StoreCredential,
          response: { 200: z.object({ storeId: Code }), ...errors },
        },
      },
      async (request, reply) =>
        answer(reply, await setStoreCredential(db, request.params.id, request.body.secret, now())),
    );

    app.get(
      '/modes-of-delivery',
      {
        schema: {
          tags: tags.configuration,
          summary: 'Modes of delivery: shipping, pickup, carry-out',
          response: { 200: z.object({ modesOfDelivery: z.array(ModeOfDelivery) }), ...errors },
        },
      },
      async () => ({ modesOfDelivery: await read(listModesOfDelivery) }),
    );
    app.put(
      '/modes-of-delivery/:code',
      {
        schema: {
          tags: tags.configuration,
          summary: 'Create or replace a mode of delivery',
          params: z.object({ code: Code }),
          headers: PutHeaders,
          body: ModeOfDelivery,
          response: savedByKey(ModeOfDelivery),
        },
      },
      async (request, reply) => {
        const mismatch = differs('code', request.params.code, request.body.code);
        if (mismatch) return sendFailure(reply, mismatch);
        return answerSaved(
          reply,
          await transact(db, (trx) =>
            saveModeOfDelivery(trx, request.body, now(), saveModeOf(request.headers)),
          ),
        );
      },
    );

    app.get(
      '/charge-codes',
      {
        schema: {
          tags: tags.configuration,
          summary: 'Charge codes with their VAT rates',
          response: { 200: z.object({ chargeCodes: z.array(ChargeCode) }), ...errors },
        },
      },
      async () => ({ chargeCodes: await read(listChargeCodes) }),
    );
    app.put(
      '/charge-codes/:code',
      {
        schema: {
          tags: tags.configuration,
          summary: 'Create or replace a charge code',
          params: z.object({ code: Code }),
          headers: PutHeaders,
          body: ChargeCode,
          response: savedByKey(ChargeCode),
        },
      },
      async (request, reply) => {
        const mismatch = differs('code', request.params.code, request.body.code);
        if (mismatch) return sendFailure(reply, mismatch);
        return answerSaved(
          reply,
          await transact(db, (trx) => saveChargeCode(trx, request.body, now(), saveModeOf(request.headers))),
        );
      },
    );
  };
}
