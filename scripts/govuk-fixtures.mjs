// GOV.UK parity, measured by govuk-frontend's own fixtures: every fixture of every component we have, its options
// passed unchanged to our server render function and the tree compared (packages/elements/test/support/govuk-fixtures.ts
// says what is compared). Prints same / differ / dropped / threw per component and in total.
//   npm run govuk-fixtures              the table
//   npm run govuk-fixtures -- --details every fixture that is not the same, with what differs
//   npm run govuk-fixtures -- --json    the results as JSON
// Runs from sources (no build needed): esbuild bundles the TypeScript module with the `source` export condition.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { root } from './lib/run.mjs';

const details = process.argv.includes('--details');
const json = process.argv.includes('--json');
const folder = mkdtempSync(join(tmpdir(), 'govuk-fixtures-'));
try {
  const outfile = join(folder, 'govuk-fixtures.mjs');
  await build({
    entryPoints: [join(root, 'packages/elements/test/support/govuk-fixtures.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    plugins: [
      {
        // Our own workspace packages are bundled from source; npm packages stay imports, loaded from node_modules
        // as the server entry loads them in a service.
        name: 'npm-packages-external',
        setup(context) {
          context.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('@civicbricks/') ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
    absWorkingDir: join(root, 'packages/elements'),
    nodePaths: [join(root, 'packages/elements/node_modules'), join(root, 'node_modules')],
    logLevel: 'error',
  });
  // Bare imports in the bundle resolve from its folder, so link the elements package's node_modules beside it.
  const { symlinkSync } = await import('node:fs');
  symlinkSync(join(root, 'packages/elements/node_modules'), join(folder, 'node_modules'), 'dir');
  const measure = await import(pathToFileURL(outfile).href);
  const results = measure.runAllFixtures();
  if (json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    const { perComponent, total } = measure.tally(results);
    const row = (name, t) =>
      `${name.padEnd(22)}${String(t.same).padStart(6)}${String(t.differ).padStart(8)}${String(t.dropped).padStart(9)}${String(t.threw).padStart(7)}`;
    console.log(`govuk-frontend ${measure.govukFrontendVersion()}: ${results.length} fixtures of ${perComponent.size} components`);
    console.log(`${'component'.padEnd(22)}${'same'.padStart(6)}${'differ'.padStart(8)}${'dropped'.padStart(9)}${'threw'.padStart(7)}`);
    for (const [name, t] of perComponent) console.log(row(name, t));
    console.log(row('total', total));
    const missing = measure.componentsWithoutCounterpart();
    if (missing.length > 0) {
      const count = missing.reduce((sum, entry) => sum + entry.fixtures, 0);
      console.log(
        `no render function yet: ${missing.map((entry) => `${entry.component} (${entry.fixtures})`).join(', ')}: ${count} fixtures`,
      );
    }
    if (details) {
      for (const result of results.filter((entry) => entry.outcome !== 'same')) {
        console.log(`\n[${result.outcome}] ${result.component} / ${result.fixture}\n  ${result.detail}`);
      }
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
