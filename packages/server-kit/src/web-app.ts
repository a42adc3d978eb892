import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';

export interface WebAppOptions {
  /** Vite's build of the app (its `dist`), with index.html and hashed assets. */
  readonly root: string;
  /** The server's own prefixes (`/api`, `/docs`, …): an unknown path there is a JSON 404, never the app's page. */
  readonly serverPaths: readonly string[];
  /** What `/` answers (503, plain text) while the app is not built: which app, and how to build it. */
  readonly notBuilt: string;
}

const wildcardOf = (request: FastifyRequest) => (request.params as { '*': string })['*'];

/**
 * A web app at `/` (the POS at each store, the back office at HQ), from Vite's build in `root`. Vite names
 * every asset after its content, so an asset is cached for good; index.html names the current ones, so it
 * is revalidated on every load and a new build reaches the browsers at their next reload; so are the few
 * files of its top level (favicon), whose names do not change. Every other path, one that looks like a
 * page of the app (no file extension), gets index.html, so a reload deep in the app works. The build is
 * looked for at each request: one made after the server started is served without a restart.
 */
export function webApp({ root, serverPaths, notBuilt }: WebAppOptions): FastifyPluginAsync {
  return async (app) => {
    await app.register(fastifyStatic, { root, serve: false });

    app.get('/assets/*', { schema: { hide: true } }, (request, reply) =>
      reply.sendFile(`assets/${wildcardOf(request)}`, { immutable: true, maxAge: '365d' }),
    );

    app.get('/*', { schema: { hide: true } }, (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0] ?? '';
      if (serverPaths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)))
        return reply.callNotFound();
      if (!existsSync(join(root, 'index.html')))
        return reply.code(503).type('text/plain; charset=utf-8').send(notBuilt);
      const file = wildcardOf(request);
      return reply
        .header('cache-control', 'no-cache')
        .sendFile(/\.\w+$/.test(file) ? file : 'index.html', { cacheControl: false });
    });
  };
}
