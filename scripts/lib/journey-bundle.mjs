// Bricks bundled from source with esbuild for the benchmarks (no build needed). The database drivers stay outside
// the bundle (PGlite loads its WebAssembly from beside its own files), imported by their full paths as the storage
// package resolves them; a source file that finds a neighbour by `import.meta.url` keeps its own URL.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { root } from './run.mjs';

/**
 * Bundles `contents` (TypeScript, resolved from `resolveDir`) into node_modules/.cache/`name`.mjs and imports it.
 * @param {string} name
 * @param {string} contents
 * @param {string} resolveDir
 */
export async function bundleFromSource(name, contents, resolveDir) {
  const outdir = join(root, 'node_modules/.cache');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `${name}.mjs`);
  await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['source'],
    logLevel: 'error',
    banner: { js: "import { createRequire as __civicRequire } from 'node:module'; const require = __civicRequire(import.meta.url);" },
    plugins: [
      {
        name: 'drivers-from-storage',
        setup(builder) {
          builder.onResolve({ filter: /^(@electric-sql\/pglite|pg)(\/|$)/ }, async (args) => {
            if (args.pluginData === 'from-storage') return undefined;
            const found = await builder.resolve(args.path, {
              kind: args.kind,
              resolveDir: join(root, 'packages/storage'),
              pluginData: 'from-storage',
            });
            return { path: found.path, external: true };
          });
        },
      },
      {
        name: 'own-import-meta-url',
        setup(builder) {
          builder.onLoad({ filter: /[\\/]packages[\\/].*\.ts$/ }, (args) => {
            const source = readFileSync(args.path, 'utf8');
            if (!source.includes('import.meta.url')) return undefined;
            return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
          });
        },
      },
    ],
  });
  return import(pathToFileURL(outfile).href);
}

/** @returns {Promise<{ createJourneyHandler: Function, createJourney: Function, createStore: Function }>} */
export function loadJourneyHandler() {
  return bundleFromSource(
    'journey-bench',
    `export { createJourneyHandler } from '@civicbricks/registration-elements/server';
      export { createJourney } from '@civicbricks/registration';
      export { createStore } from '@civicbricks/storage';`,
    join(root, 'packages/registration-elements'),
  );
}
