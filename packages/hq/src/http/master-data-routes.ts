import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Hq } from '../app/hq-context.ts';
import { catalogRoutes } from './catalog-routes.ts';
import { channelSettingsRoutes } from './channel-settings-routes.ts';
import { companyRoutes } from './company-routes.ts';
import { peopleRoutes } from './people-routes.ts';

/**
 * The back office's master data (SPEC §1, issue 3): company, locations, modes of delivery, charge
 * codes, Commerce parameters, functionality profiles, products, stock, customers, permission groups and
 * staff. Registered inside the signed-in scope, so every route needs a session with `backOffice`.
 * Every PUT is an upsert: 201 when it created the resource, 200 when it replaced it. A PUT to an entity
 * named by its key with `If-None-Match: *` only creates: 412 KEY_TAKEN, and nothing changed, when it exists.
 */
export function masterDataRoutes(hq: Hq): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(companyRoutes(hq));
    await app.register(channelSettingsRoutes(hq));
    await app.register(catalogRoutes(hq));
    await app.register(peopleRoutes(hq));
  };
}
