// Small process helpers shared by the quick-start scripts (start, test, build).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'node_modules', '.bin');

/** Runs a command with the workspace's binaries on PATH; resolves to its exit code, or rejects on failure when `check` is on. */
export function run(command, args = [], { bin: fromBin = false, cwd = root, env = {}, check = true, quiet = false } = {}) {
  const file = fromBin ? join(bin, command) : command;
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, ...env },
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      if (check && status !== 0) {
        if (quiet) process.stderr.write(output);
        reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? status}`));
      } else resolve(status);
    });
  });
}

/** The pnpm this repository pins, taken from PATH when it is that version, or fetched once through npm. */
export function pnpmCommand() {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const wanted = manifest.packageManager.replace(/^pnpm@/, '').split('+')[0];
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim() === wanted) return { command: 'pnpm', prefix: [] };
  return { command: 'npm', prefix: ['exec', '--yes', `pnpm@${wanted}`, '--'] };
}

/** Installs the workspace's dependencies from the lockfile when they are missing or out of date. */
export async function ensureInstalled() {
  const { command, prefix } = pnpmCommand();
  const env = { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', PUPPETEER_SKIP_DOWNLOAD: '1', STORYBOOK_DISABLE_TELEMETRY: '1' };
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  await run(command, [...prefix, 'install', '--prefer-offline', ...frozen], {
    env,
    quiet: existsSync(join(root, 'node_modules', '.modules.yaml')),
  });
}

const chromiumCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** Finds a Chromium to test with: CHROME_PATH when set, else the usual Debian and Ubuntu places. */
export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return chromiumCandidates.find((candidate) => existsSync(candidate));
}

export const chromiumHelp = `No Chromium was found for the browser tests.
  - On Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  - Or point CHROME_PATH at a Chromium or Chrome you already have, for example:
      CHROME_PATH=/path/to/chrome npm test
  Looked in: ${process.env.CHROME_PATH ? `CHROME_PATH (${process.env.CHROME_PATH}), ` : ''}${chromiumCandidates.join(', ')}.
  (Playwright's own browser downloads are not used: they need network access this project does not assume.)`;

/** Whether PostgreSQL is there for the storage tests: `DATABASE_URL`, `PG_BIN_DIR`, or Debian's `postgresql` package. */
export function hasPostgres() {
  if (process.env.DATABASE_URL?.trim()) return true;
  const dirs = process.env.PG_BIN_DIR ? [process.env.PG_BIN_DIR] : [];
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) for (const version of readdirSync(debian)) dirs.push(join(debian, version, 'bin'));
  return dirs.some((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

/**
 * What `.ci/run` installs, for a machine with Node only: Debian's `chromium` (browser tests) and
 * `postgresql` (storage tests), through apt-get when this runs as root where apt-get exists. Otherwise it
 * returns the one command to run first, and nothing is tested until then.
 */
export async function ensureSystemPackages() {
  // Installing Chromium would not help: CHROME_PATH is looked at first and names nothing.
  if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH))
    return {
      ok: false,
      command: `unset CHROME_PATH (it names ${process.env.CHROME_PATH}, which does not exist), or point it at a Chromium`,
    };
  const missing = [];
  if (!findChromium()) missing.push({ name: 'chromium', for: 'the browser tests (or set CHROME_PATH)' });
  if (!hasPostgres()) missing.push({ name: 'postgresql', for: 'the storage tests on PostgreSQL (or set DATABASE_URL)' });
  if (missing.length === 0) return { ok: true };
  const names = missing.map((item) => item.name).join(' ');
  for (const item of missing) console.log(`  missing: ${item.name}, for ${item.for}`);
  const aptGet = ['/usr/bin/apt-get', '/bin/apt-get'].find((path) => existsSync(path));
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (aptGet && asRoot) {
    console.log(`  installing from Debian with apt-get: ${names}`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    const updated = await run(aptGet, ['update', '-qq'], { env, check: false, quiet: true });
    const installed =
      updated === 0 &&
      (await run(aptGet, ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((item) => item.name)], {
        env,
        check: false,
        quiet: true,
      })) === 0;
    if (installed && findChromium() !== undefined && hasPostgres()) return { ok: true };
    return { ok: false, command: `apt-get update && apt-get install -y --no-install-recommends ${names}` };
  }
  return {
    ok: false,
    command: aptGet
      ? `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${names}`
      : `install ${names} with your system's package manager (or set ${[missing.some((item) => item.name === 'chromium') ? 'CHROME_PATH' : '', missing.some((item) => item.name === 'postgresql') ? 'DATABASE_URL' : ''].filter(Boolean).join(' and ')})`,
  };
}

/** Runs a script's body, turning a failure into one clear line and a non-zero exit instead of a stack trace. */
export async function main(body) {
  try {
    await body();
  } catch (error) {
    console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
