import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';

/** The server's own paths: an unknown one there is a 404 in JSON, never the POS's page. */
const SERVER_PATHS = ['/api', '/docs', '/jobs'];

const POS_NOT_BUILT =
  'The POS of this store is not built. Build it at the root of the Kassa repository with `npm run build` ' +
  '(`npm start` and `npm test` build it too), then reload this page.';

const wildcardOf = (request: FastifyRequest) => (request.params as { '*': string })['*'];

/**
 * The POS web app at `/`, from Vite's build in `root` (packages/pos/dist). Vite names every asset after
 * its content, so an asset is cached for good; index.html names the current ones, so it is revalidated on
 * every load and a new build reaches the registers at their next reload; so are the few files of its
 * top level (favicon), whose names do not change. Every other path, one that looks like a page of the app
 * (no file extension), gets index.html, so a reload deep in the app works. The
 * build is looked for at each request: one made after the server started is served without a restart.
 */
export function posWebApp(root: string): FastifyPluginAsync {
  return async (app) => {
    await app.register(fastifyStatic, { root, serve: false });

    app.get('/assets/*', { schema: { hide: true } }, (request, reply) =>
      reply.sendFile(`assets/${wildcardOf(request)}`, { immutable: true, maxAge: '365d' }),
    );

    app.get('/*', { schema: { hide: true } }, (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0] ?? '';
      if (SERVER_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)))
        return reply.callNotFound();
      if (!existsSync(join(root, 'index.html')))
        return reply.code(503).type('text/plain; charset=utf-8').send(POS_NOT_BUILT);
      const file = wildcardOf(request);
      return reply
        .header('cache-control', 'no-cache')
        .sendFile(/\.\w+$/.test(file) ? file : 'index.html', { cacheControl: false });
    });
  };
}
