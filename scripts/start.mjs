// `npm start`: install, build every package, then run the warm-space example service (@civicbricks/service) on
// PGlite, as `civicbricks new warm-space` and `civicbricks serve` would for a charity worker. Its data lives in
// .start/warm-space (kept between runs; delete the folder to start afresh). The service prints its addresses and,
// on the first run, the first staff password, once. Storybook is `npm run storybook`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, root, run, main } from './lib/run.mjs';

await main(async () => {
  const port = Number(process.env.PORT ?? 3000);

  // Each step says what it is doing and how long it took: a first start takes minutes, and silence looks hung.
  const steps = 3;
  const since = () => {
    const started = performance.now();
    return () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  };
  let took = since();
  console.log(`start 1/${steps}: installing dependencies (pnpm)`);
  await ensureInstalled();
  console.log(`  done in ${took()}`);
  took = since();
  console.log(`start 2/${steps}: building every package`);
  await run(process.execPath, [join(root, 'scripts/build.mjs')]);
  console.log(`  done in ${took()}`);

  const cli = join(root, 'packages/service/bin/civicbricks.js');
  const folder = join(root, '.start', 'warm-space');
  console.log(`start 3/${steps}: the warm-space example service on PGlite (data in .start/warm-space)`);
  if (!existsSync(join(folder, 'manifest.json'))) await run(process.execPath, [cli, 'new', 'warm-space', folder]);
  console.log('\nThe component Storybook: npm run storybook (http://localhost:6006)');
  await run(process.execPath, [cli, 'serve', join(folder, 'manifest.json'), '--port', String(port)], { check: false });
});
