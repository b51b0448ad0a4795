// `npm run storybook:static`: install, build every package, then build and serve Storybook on http://localhost:6006.
// `npm run storybook` (this script with --dev) runs Storybook's dev server instead, which reloads on change.
import { join } from 'node:path';
import { ensureInstalled, root, run, main } from './lib/run.mjs';
import { serveFolder } from './lib/serve.mjs';

await main(async () => {
  const dev = process.argv.includes('--dev');
  const port = Number(process.env.PORT ?? 6006);
  const env = { STORYBOOK_DISABLE_TELEMETRY: '1' };

  await ensureInstalled();
  await run(process.execPath, [join(root, 'scripts/build.mjs')]);

  if (dev) {
    await run('storybook', ['dev', '--port', String(port), '--no-open', '--ci'], { bin: true, env });
  } else {
    const output = join(root, 'storybook-static');
    await run('storybook', ['build', '--quiet', '-o', output], { bin: true, env });
    const server = await serveFolder(output, { port, host: process.env.HOST ?? 'localhost' });
    console.log(`\nCivic Bricks Storybook: ${server.url}\n(Ctrl+C to stop)`);
  }
});
