// Builds every public package (rollup), govuk-frontend's stylesheet with the council font stack, and the Custom
// Elements Manifest of each element package, saying which step and which package it is on as it goes.
import { rmSync, readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { writeCouncilStylesheet } from './lib/govuk-css.mjs';
import { run, root, main } from './lib/run.mjs';

/** Seconds to one decimal place: a build step takes seconds, and a silent one looks hung. */
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

await main(async () => {
  const started = performance.now();
  const packages = readdirSync(join(root, 'packages'))
    .map((folder) => ({ folder, dir: join(root, 'packages', folder), manifestPath: join(root, 'packages', folder, 'package.json') }))
    .filter(({ manifestPath }) => existsSync(manifestPath))
    .map((entry) => ({ ...entry, manifest: JSON.parse(readFileSync(entry.manifestPath, 'utf8')) }))
    .filter(({ manifest }) => !manifest.private);
  const withManifest = packages.filter(({ manifest }) => manifest.customElements);
  const elements = packages.find(({ manifest }) => manifest.name === '@civicbricks/elements');
  const steps = 4;

  for (const { dir } of packages) rmSync(join(dir, 'dist'), { recursive: true, force: true });

  console.log(`build 1/${steps}: bundles and type declarations (rollup), ${packages.length} packages`);
  // One rollup process per package: the .d.ts bundler builds a TypeScript program per entry, and
  // holding every package's programs in one process ran past Node's default heap.
  for (const [index, { manifest }] of packages.entries()) {
    const since = performance.now();
    process.stdout.write(`  [${index + 1}/${packages.length}] ${manifest.name} … `);
    await run('rollup', ['-c', '--silent'], {
      bin: true,
      env: { CIVIC_BUILD_ONLY: manifest.name, NODE_OPTIONS: '--max-old-space-size=6144' },
    }).catch((error) => {
      process.stdout.write('failed\n');
      throw error;
    });
    process.stdout.write(`${seconds(since)}\n`);
  }

  console.log(`build 2/${steps}: govuk-frontend's stylesheet with the council font stack (Sass)`);
  if (elements) {
    const since = performance.now();
    const path = writeCouncilStylesheet(join(elements.dir, 'dist', 'theme'));
    console.log(`  ${elements.manifest.name}: ${path.slice(elements.dir.length + 1)} (${seconds(since)})`);
  }

  console.log(`build 3/${steps}: Custom Elements Manifests, ${withManifest.length} packages`);
  for (const [index, { dir, manifest }] of withManifest.entries()) {
    const since = performance.now();
    process.stdout.write(`  [${index + 1}/${withManifest.length}] ${manifest.name} … `);
    await run(
      'custom-elements-manifest',
      ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--outdir', '.'],
      { bin: true, cwd: dir, quiet: true },
    ).catch((error) => {
      process.stdout.write('failed\n');
      throw error;
    });
    process.stdout.write(`${seconds(since)}\n`);
  }
  console.log(`build 4/${steps}: the service's browser bundle (esbuild)`);
  // The service's browser bundle: <civic-journey> and the elements it uses, so a running service's journeys work
  // in the browser as well as with JavaScript off. One file, served by the service itself under its strict policy.
  await build({
    entryPoints: [join(root, 'packages/registration-elements/src/define.ts')],
    outfile: join(root, 'packages/service/dist/client/journey.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    logLevel: 'error',
  });
  console.log(`Built ${packages.length} packages in ${seconds(started)}`);
});
