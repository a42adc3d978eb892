import { relative, resolve } from 'node:path';
import { buildPos } from './build-pos.ts';
import { buildServers } from './build-servers.ts';

/**
 * `npm run build`: the servers' bundles and the POS, as `npm start` and the tests build them before they
 * start anything. The POS is built again only when its sources changed.
 */
const root = resolve(import.meta.dirname, '..');
const started = Date.now();
const [servers, pos] = await Promise.all([buildServers(root), buildPos(root)]);
console.log(
  `Built in ${((Date.now() - started) / 1000).toFixed(1)} s:\n` +
    `  HQ      ${relative(root, servers.hq)}\n` +
    `  store   ${relative(root, servers.store)}\n` +
    `  POS     ${relative(root, pos)}/ (each store serves it at /)`,
);
