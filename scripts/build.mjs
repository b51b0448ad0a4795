// Builds every package (rollup) and the Custom Elements Manifest of each element package.
import { rmSync, readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, root, main } from './lib/run.mjs';

await main(async () => {
  for (const name of readdirSync(join(root, 'packages'))) {
    rmSync(join(root, 'packages', name, 'dist'), { recursive: true, force: true });
  }
  await run('rollup', ['-c', '--silent'], { bin: true });

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
});
