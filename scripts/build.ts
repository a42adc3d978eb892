import { relative, resolve } from 'node:path';
import { buildServers } from './build-servers.ts';
import { buildWebApps } from './build-web-apps.ts';

/**
 * `npm run build`: the servers' bundles and the web apps (the POS and the back office), as `npm start` and
 * the tests build them before they start anything. A web app is built again only when its sources changed.
 */
const root = resolve(import.meta.dirname, '..');
const started = Date.now();
const [servers, apps] = await Promise.all([buildServers(root), buildWebApps(root)]);
console.log(
  `Built in ${((Date.now() - started) / 1000).toFixed(1)} s:\n` +
    `  HQ           ${relative(root, servers.hq)}\n` +
    `  store        ${relative(root, servers.store)}\n` +
    `  POS          ${relative(root, apps.pos)}/ (each store serves it at /)\n` +
    `  back office  ${relative(root, apps.backoffice)}/ (HQ serves it at /)`,
);
