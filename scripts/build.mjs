// Builds every package (rollup) and the Custom Elements Manifest of each element package.
import { rmSync, readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { run, root, main } from './lib/run.mjs';

await main(async () => {
  for (const name of readdirSync(join(root, 'packages'))) {
    rmSync(join(root, 'packages', name, 'dist'), { recursive: true, force: true });
  }
  // One rollup process per package: the .d.ts bundler builds a TypeScript program per entry, and
  // holding every package's programs in one process ran past Node's default heap.
  for (const name of readdirSync(join(root, 'packages'))) {
    const manifestPath = join(root, 'packages', name, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.private) continue;
    await run('rollup', ['-c', '--silent'], {
      bin: true,
      env: { CIVIC_BUILD_ONLY: manifest.name, NODE_OPTIONS: '--max-old-space-size=6144' },
    });
  }

  for (const name of readdirSync(join(root, 'packages'))) {
    const dir = join(root, 'packages', name);
    const manifestPath = join(dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.customElements) {
      await run(
        'custom-elements-manifest',
        ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--outdir', '.'],
        { bin: true, cwd: dir },
      );
    }
  }

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
});
