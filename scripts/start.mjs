// `npm start`: install, build every package, then build and serve Storybook on http://localhost:6006.
// `npm run storybook` (this script with --dev) runs Storybook's dev server instead, which reloads on change.
import { join } from 'node:path';
import { ensureInstalled, root, run, main } from './lib/run.mjs';
import { serveFolder } from './lib/serve.mjs';

await main(async () => {
  const dev = process.argv.includes('--dev');
  const port = Number(process.env.PORT ?? 6006);
  const env = { STORYBOOK_DISABLE_TELEMETRY: '1' };

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
  took = since();

  if (dev) {
    console.log(`start 3/${steps}: Storybook's dev server on port ${port} (reloads on change)`);
    await run('storybook', ['dev', '--port', String(port), '--no-open', '--ci'], { bin: true, env });
  } else {
    const output = join(root, 'storybook-static');
    console.log(`start 3/${steps}: building Storybook (every component and example)`);
    await run('storybook', ['build', '--quiet', '-o', output], { bin: true, env });
    console.log(`  done in ${took()}`);
    const server = await serveFolder(output, { port, host: process.env.HOST ?? 'localhost' });
    console.log(`\nCivic Bricks Storybook: ${server.url}\n(Ctrl+C to stop)`);
  }
});
