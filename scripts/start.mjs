// `npm start`: install, build every package, then run the warm-space example service (@civicbricks/service) on
// PGlite, as `civicbricks new warm-space` and `civicbricks serve` would for a charity worker. Its data lives in
// .start/warm-space (kept between runs; delete the folder to start afresh). The service prints its addresses and,
// on the first run, the first staff password, once. Storybook is `npm run storybook`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, root, run, main } from './lib/run.mjs';

await main(async () => {
  const port = Number(process.env.PORT ?? 3000);
  await ensureInstalled();
  await run(process.execPath, [join(root, 'scripts/build.mjs')]);

  const cli = join(root, 'packages/service/bin/civicbricks.js');
  const folder = join(root, '.start', 'warm-space');
  if (!existsSync(join(folder, 'manifest.json'))) await run(process.execPath, [cli, 'new', 'warm-space', folder]);
  console.log('\nThe component Storybook: npm run storybook (http://localhost:6006)');
  await run(process.execPath, [cli, 'serve', join(folder, 'manifest.json'), '--port', String(port)], { check: false });
});
