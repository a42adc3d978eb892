import { Code, Customer, NewStaff, PermissionGroup, Staff } from '@kassa/contracts';
import { sendFailure } from '@kassa/server-kit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Hq } from '../app/hq-context.ts';
import { findCustomers } from '../app/master-data/find-customers.ts';
import { getCustomer } from '../app/master-data/get-customer.ts';
import { listPermissionGroups } from '../app/master-data/list-permission-groups.ts';
import { listStaff } from '../app/master-data/list-staff.ts';
import { saveCustomer } from '../app/master-data/save-customer.ts';
import { savePermissionGroup } from '../app/master-data/save-permission-group.ts';
import { saveStaff } from '../app/master-data/save-staff.ts';
import { transact } from '../app/transaction.ts';
import {
  answer,
  answerSaved,
  differs,
  errors,
  masterDataContext,
  Next,
  PageQuery,
  PutHeaders,
  savedByKey,
  saveModeOf,
  tags,
} from './master-data-replies.ts';

/** Customers with their addresses, and staff with their permission groups (R-SEC-1). */
export function peopleRoutes(hq: Hq): FastifyPluginAsyncZod {
  return async (app) => {
    const { db, now, read } = masterDataContext(hq);

    app.get(
      '/customers',
      {
        schema: {
          tags: tags.customers,
          summary: 'Find customers by number, name, e-mail or phone',
          querystring: PageQuery,
          response: { 200: z.object({ customers: z.array(Customer), next: Next }), ...errors },
        },
      },
      async (request, reply) => answer(reply, await read((trx) => findCustomers(trx, request.query))),
    );
    app.get(
      '/customers/:number',
      {
        schema: {
          tags: tags.customers,
          summary: 'A customer with their addresses',
          params: z.object({ number: Code }),
          response: { 200: Customer, ...errors },
        },
      },
      async (request, reply) => answer(reply, await read((trx) => getCustomer(trx, request.params.number))),
    );
    app.put(
      '/customers/:number',
      {
        schema: {
          tags: tags.customers,
          summary: 'Create or replace a customer; the addresses sent are all the customer has',
          params: z.object({ number: Code }),
          headers: PutHeaders,
          body: Customer,
          response: savedByKey(Customer),
        },
      },
      async (request, reply) => {
        const mismatch = differs('number', request.params.number, request.body.number);
        if (mismatch) return sendFailure(reply, mismatch);
        return answerSaved(
          reply,
          await transact(db, (trx) => saveCustomer(trx, request.body, now(), saveModeOf(request.headers))),
        );
      },
    );

    app.get(
      '/permission-groups',
      {
        schema: {
          tags: tags.staff,
          summary: 'Permission groups and what they grant (R-SEC-1)',
          response: { 200: z.object({ permissionGroups: z.array(PermissionGroup) }), ...errors },
        },
      },
      async () => ({ permissionGroups: await read(listPermissionGroups) }),
    );
    app.put(
      '/permission-groups/:name',
      {
        schema: {
          tags: tags.staff,
          summary: 'Create or replace a permission group (R-SEC-1)',
          params: z.object({ name: Code }),
          headers: PutHeaders,
          body: PermissionGroup,
          response: savedByKey(PermissionGroup),
        },
      },
      async (request, reply) => {
        const mismatch = differs('name', request.params.name, request.body.name);
        if (mismatch) return sendFailure(reply, mismatch);
        return answerSaved(
          reply,
          await transact(db, (trx) =>
            savePermissionGroup(trx, request.body, now(), saveModeOf(request.headers)),
          ),
        );
      },
    );

    app.get(
      '/staff',
      {
        schema: {
          tags: tags.staff,
          summary: 'Staff and their groups; never a password (R-SEC-1)',
          response: { 200: z.object({ staff: z.array(Staff) }), ...errors },
        },
      },
      async () => ({ staff: await read(listStaff) }),
    );
    app.put(
      '/staff/:id',
      {
        schema: {
          tags: tags.staff,
          summary: 'Create or replace a staff member; a new one needs a password, stored hashed (R-SEC-1)',
          params: z.object({ id: Code }),
          headers: PutHeaders,
          body: NewStaff.partial({ password: true }),
          response: savedByKey(Staff),
        },
      },
      async (request, reply) => {
        const mismatch = differs('id', request.params.id, request.body.id);
        if (mismatch) return sendFailure(reply, mismatch);
        return answerSaved(reply, await saveStaff(db, request.body, now(), saveModeOf(request.headers)));
      },
    );
  };
}
