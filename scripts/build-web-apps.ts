import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Kassa's web apps: the POS each store serves, the back office HQ serves; each built from its folder. */
export const WEB_APPS = {
  pos: 'packages/pos',
  backoffice: 'packages/backoffice',
} as const;
export type WebAppName = keyof typeof WEB_APPS;

/** What an app's build is made from; its tests are not. */
const SOURCES = ['index.html', 'vite.config.ts', 'package.json', 'tsconfig.json', 'src', 'public'];
/** The workspace packages they bundle from their sources. */
const SHARED = ['packages/web-kit/src', 'packages/contracts/src'];
/** Written into the build once it is complete, naming the sources it was made from. */
const STAMP = '.kassa-source-hash';

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => statSync(file).isFile());
}

/** An app's sources and the locked versions of its dependencies, as one hash. */
function sourceHash(root: string, app: string): string {
  const hash = createHash('sha256');
  const inputs = [
    ...SOURCES.flatMap((source) => files(join(app, source))),
    ...SHARED.flatMap((source) => files(join(root, source))),
    join(root, 'package-lock.json'),
  ];
  for (const file of inputs.sort()) hash.update(`${relative(root, file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

const stampOf = (outDir: string) => {
  try {
    return readFileSync(join(outDir, STAMP), 'utf8');
  } catch {
    return undefined;
  }
};

/** A holder that died leaves its lock behind; one whose pid is gone, or never written, holds nothing. */
function abandoned(lock: string): boolean {
  try {
    const pid = Number(readFileSync(lock, 'utf8'));
    if (!pid) return Date.now() - statSync(lock).mtimeMs > 10_000;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

/** Runs `work` while this process alone holds the lock file: suites start Kassa side by side. */
async function exclusively<T>(lock: string, work: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (abandoned(lock)) rmSync(lock, { force: true });
      else await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * Builds a web app with Vite into its `dist` (packages/pos/dist, packages/backoffice/dist), where the
 * servers serve it from, unless the build there was made from the sources as they are (a hash of them,
 * written into the build last, so an interrupted build is made again). Building takes a few seconds;
 * checking, a few milliseconds. One process builds at a time; the others wait and then find the build
 * current. Answers the build's folder.
 */
async function buildWebApp(root: string, name: WebAppName): Promise<string> {
  const app = join(root, WEB_APPS[name]);
  const outDir = join(app, 'dist');
  const hash = sourceHash(root, app);
  if (stampOf(outDir) === hash) return outDir;
  await exclusively(join(root, 'node_modules', '.cache', 'kassa', `${name}-build.lock`), async () => {
    if (stampOf(outDir) === hash) return;
    // Loaded only to build: every suite that starts Kassa comes here, and mostly finds the build current.
    const { build } = await import('vite');
    // Vite makes a production build only under NODE_ENV=production, and Vitest runs suites under "test":
    // the build must not depend on who asked for it, since whoever comes next serves it.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root: app,
        configFile: join(app, 'vite.config.ts'),
        build: { outDir, emptyOutDir: true },
        logLevel: 'warn',
      });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    writeFileSync(join(outDir, STAMP), hash);
  });
  return outDir;
}

/**
 * Builds every web app whose sources changed (see buildWebApp), one after the other: a build sets
 * NODE_ENV for the process while it runs. Answers each app's build folder.
 */
export async function buildWebApps(root: string): Promise<Record<WebAppName, string>> {
  const built = {} as Record<WebAppName, string>;
  for (const name of Object.keys(WEB_APPS) as WebAppName[]) built[name] = await buildWebApp(root, name);
  return built;
}
