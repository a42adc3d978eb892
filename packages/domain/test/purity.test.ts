import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** The only packages the domain may use: Temporal for dates, and a hash for pickup codes. */
const ALLOWED_PACKAGES = new Set(['temporal-polyfill', 'node:crypto']);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file names: static imports and re-exports (also type-only), side-effect imports, import() and require(). */
function specifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ''));
}

const files = sourceFiles(SRC);

describe('pure domain: packages/domain/src depends on nothing outside itself', () => {
  it('pure domain: the sources are found (the walk reaches src/operations too)', () => {
    const names = files.map((file) => relative(SRC, file).split(sep).join('/'));
    expect(names).toContain('index.ts');
    expect(names).toContain('operations/create-order.ts');
    expect(names.length).toBeGreaterThan(20);
  });

  it('pure domain: the import scanner sees every form of import', () => {
    expect(
      specifiers(
        [
          "import { a } from './a.ts';",
          "import type { B } from '../b.ts';",
          "export * from './c.ts';",
          "import {\n  d,\n  e,\n} from 'pg';",
          "import 'reflect-metadata';",
          "const f = await import('node:fs');",
          "const g = require('lodash');",
        ].join('\n'),
      ),
    ).toEqual(['./a.ts', '../b.ts', './c.ts', 'pg', 'reflect-metadata', 'node:fs', 'lodash']);
  });

  it.each(files.map((file) => [relative(SRC, file).split(sep).join('/'), file]))(
    'pure domain: %s imports only files within src, temporal-polyfill and node:crypto',
    (_name, file) => {
      const offending = specifiers(readFileSync(file, 'utf8')).filter((specifier) => {
        if (specifier.startsWith('./') || specifier.startsWith('../')) {
          const target = resolve(dirname(file), specifier);
          return target !== SRC && !target.startsWith(SRC + sep);
        }
        return !ALLOWED_PACKAGES.has(specifier);
      });
      expect(offending).toEqual([]);
    },
  );
});
