// The quick start promises: a missing Chromium is explained, not an obscure failure; CHROME_PATH is honoured.
import { execFileSync, spawnSync } from 'node:child_process';
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
