import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';

/** The servers `startKassa` runs, each bundled from its `main.ts`. */
const SERVERS = {
  hq: 'packages/hq/src/main.ts',
  store: 'packages/store/src/main.ts',
} as const;
export type ServerName = keyof typeof SERVERS;

// Kassa's own packages go into the bundle; every dependency stays in node_modules, native ones included.
const dependenciesStayOutside: Plugin = {
  name: 'dependencies-stay-outside',
  setup(bundle) {
    bundle.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@kassa/') ? undefined : { external: true },
    );
  },
};

/**
 * Bundles each server's TypeScript into one plain ES module below `node_modules/.cache/kassa` (where
 * Node finds the dependencies), in well under a second. The servers then run on plain Node: a server
 * started through tsx carries its loader and compiled sources for life, some 30 to 60 MB of a store
 * server's memory. Source maps keep stack traces pointing at the TypeScript.
 */
export async function buildServers(root: string): Promise<Record<ServerName, string>> {
  const outDir = join(root, 'node_modules', '.cache', 'kassa');
  const built = {} as Record<ServerName, string>;
  for (const [name, entry] of Object.entries(SERVERS) as [ServerName, string][]) {
    const outfile = join(outDir, `${name}.mjs`);
    const result = await build({
      entryPoints: [join(root, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: true,
      outfile,
      plugins: [dependenciesStayOutside],
      logLevel: 'warning',
      write: false,
    });
    // Suites build side by side: each file is written whole under another name, then renamed into place,
    // so a server never starts from half a file.
    for (const file of result.outputFiles) {
      mkdirSync(dirname(file.path), { recursive: true });
      const partial = `${file.path}.${randomUUID()}.partial`;
      writeFileSync(partial, file.contents);
      renameSync(partial, file.path);
    }
    built[name] = outfile;
  }
  return built;
}
