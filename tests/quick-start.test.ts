// The quick start promises: `npm start` runs a real service (warm-space on PGlite) and prints where to go and
// the first staff password; Storybook stays one command away; a missing Chromium is explained, not an obscure
// failure; CHROME_PATH is honoured.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function findChromiumWith(env: Record<string, string | undefined>): { found: string; help: string } {
  const script = `import { findChromium, chromiumHelp } from './scripts/lib/run.mjs'; console.log(JSON.stringify({ found: findChromium() ?? '', help: chromiumHelp }));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return JSON.parse(output) as { found: string; help: string };
}

describe('finding Chromium for the browser tests', () => {
  it('uses CHROME_PATH when it is set and exists', () => {
    expect(findChromiumWith({ CHROME_PATH: process.execPath }).found).toBe(process.execPath);
  });

  it('says exactly how to get one when CHROME_PATH points nowhere', () => {
    const { found, help } = findChromiumWith({ CHROME_PATH: '/nowhere/chrome' });
    expect(found).toBe('');
    expect(help).toContain('apt-get install -y chromium');
    expect(help).toContain('CHROME_PATH');
    expect(help).toContain('/nowhere/chrome');
  });

  it('makes the browser test runner stop with that message instead of a stack trace', () => {
    const result = spawnSync(join(root, 'node_modules/.bin/web-test-runner'), [], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: '/nowhere/chrome' },
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('No Chromium was found for the browser tests.');
    expect(result.stderr).toContain('apt-get install -y chromium');
  });
});

describe('npm start', () => {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

  it('runs the warm-space service through the civicbricks command, and keeps Storybook one command away', () => {
    expect(scripts.start).toBe('node scripts/start.mjs');
    const start = readFileSync(join(root, 'scripts/start.mjs'), 'utf8');
    expect(start).toContain("'packages/service/bin/civicbricks.js'");
    expect(start).toContain("'new', 'warm-space'");
    expect(start).toContain('npm run storybook');
    expect(scripts.storybook).toBe('node scripts/storybook.mjs --dev');
    expect(existsSync(join(root, 'scripts', 'storybook.mjs'))).toBe(true);
  });

  const cli = join(root, 'packages/service/bin/civicbricks.js');
  const built = existsSync(join(root, 'packages/service/dist/cli.js'));
  it.skipIf(!built)(
    'the built command serves warm-space on PGlite, prints the addresses and a first password once, and stops on Ctrl+C',
    async () => {
      const folder = join(mkdtempSync(join(tmpdir(), 'civic-start-')), 'warm-space');
      execFileSync(process.execPath, [cli, 'new', 'warm-space', folder]);
      const child = spawn(process.execPath, [cli, 'serve', join(folder, 'manifest.json'), '--port', '0', '--host', '127.0.0.1'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      try {
        for (let waited = 0; !output.includes('Press Ctrl+C to stop.') && waited < 120_000; waited += 200)
          await new Promise((resolve) => setTimeout(resolve, 200));
        const url = /Citizens start at: +(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
        expect(url, output).toBeDefined();
        expect(output).toContain(`Staff sign in at:    ${url}/staff/sign-in`);
        expect(output).toMatch(/Password: {2}[a-z2-9]{5}(-[a-z2-9]{5}){4}/);
        const page = await fetch(`${url}/`);
        expect(await page.text()).toContain('Register for a warm space at the library');
      } finally {
        child.kill('SIGINT');
      }
      expect(await exited).toBe(0);
    },
    180_000,
  );
});
