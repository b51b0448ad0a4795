// The journey handler, the registration engine and the store, bundled from source with esbuild for the journey
// benchmarks (no build needed). The database drivers stay outside the bundle (PGlite loads its WebAssembly from
// beside its own files), imported by their full paths as the storage package resolves them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { root } from './run.mjs';

/** @returns {Promise<{ createJourneyHandler: Function, createJourney: Function, createStore: Function }>} */
export async function loadJourneyHandler() {
  const outdir = join(root, 'node_modules/.cache');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'journey-bench.mjs');
  await build({
    stdin: {
      contents: `export { createJourneyHandler } from '@civicbricks/registration-elements/server';
        export { createJourney } from '@civicbricks/registration';
        export { createStore } from '@civicbricks/storage';`,
      resolveDir: join(root, 'packages/registration-elements'),
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['source'],
    logLevel: 'error',
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
    ],
  });
  return import(pathToFileURL(outfile).href);
}
