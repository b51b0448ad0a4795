// `civicbricks serve` as it runs by default: PGlite in a data folder beside the manifest, over real HTTP, with the
// first staff account made on first start and the folder locked against a second process. The one PGlite here.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeStart, startService, type Started } from '../src/cli/index.js';
import { openData } from '../src/cli/data.js';
import { runCli } from './support/cli.js';

let cwd: string;
let started: Started;

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'civic-serve-'));
  await runCli(['new', 'warm-space', 'desk'], { cwd });
  started = await startService({ manifest: join(cwd, 'desk', 'manifest.json'), port: 0, host: '127.0.0.1', env: {}, logger: false });
}, 60_000);
afterAll(async () => {
  await started?.stop();
});

describe('serve on PGlite', () => {
  it('keeps its data and secret beside the manifest, and says where people go', () => {
    expect(started.data.where).toBe(`the folder ${join(cwd, 'desk', '.civicbricks', 'data')}`);
    expect(existsSync(join(cwd, 'desk', '.civicbricks', 'secret'))).toBe(true);
    const text = describeStart(started);
    expect(text).toContain(`Citizens start at:   ${started.url}/`);
    expect(text).toContain(`Staff sign in at:    ${started.url}/staff/sign-in`);
    expect(text).toContain(`Password:  ${started.firstAdmin?.password}`);
    expect(started.firstAdmin?.email).toBe('warmspace@anytown-trust.org.uk');
  });

  it('serves the start page and lets the first admin sign in over HTTP', async () => {
    const start = await fetch(`${started.url}/`);
    expect(start.status).toBe(200);
    expect(await start.text()).toContain('Start now');
    const form = await fetch(`${started.url}/staff/sign-in`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
    const cookie = form.headers
      .getSetCookie()
      .map((set) => set.split(';')[0])
      .join('; ');
    const signIn = await fetch(`${started.url}/staff/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ email: started.firstAdmin!.email, password: started.firstAdmin!.password, _csrf: csrf }),
    });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/staff/');
  });

  it('refuses a second process on the same data folder, saying what to do', async () => {
    await expect(openData({ serviceDir: join(cwd, 'desk'), env: {} })).rejects.toThrow(
      new RegExp(`Another civicbricks \\(process ${process.pid}\\) is using the data in .*Stop it first`),
    );
  });

  it('answers /readyz from the database', async () => {
    const ready = await fetch(`${started.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
