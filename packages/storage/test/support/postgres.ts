/**
 * A real PostgreSQL server for tests, shared by any brick that needs one.
 *
 * - With `DATABASE_URL` set, it uses that server and makes a fresh database
 *   for the caller (dropped again by `stop()`), so runs never collide.
 * - Otherwise it starts a throwaway server from the local PostgreSQL binaries
 *   (Debian's `postgresql` package): `initdb` into a fresh temporary
 *   directory (as the `postgres` user when running as root, since `initdb`
 *   refuses root), on a free port with its socket inside that directory, and
 *   `stop()` shuts it down (`pg_ctl stop -m immediate`) and removes the
 *   directory. A process exit hook does the same if a test run dies first.
 * - Where neither is possible, `detectPostgres()` says why, so tests can be
 *   reported as skipped with the reason; `assertPostgresInCi()` turns that
 *   into a failure when `CI=true`.
 *
 * Usage:
 * ```ts
 * const pg = detectPostgres();
 * assertPostgresInCi(pg);
 * describe.skipIf(!pg.available)(`on PostgreSQL${pg.available ? '' : ` (skipped: ${pg.reason})`}`, () => {
 *   let server: PostgresTestServer;
 *   beforeAll(async () => { server = await startPostgres(); });
 *   afterAll(async () => { await server?.stop(); });
 * });
 * ```
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { chown, mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** Whether a PostgreSQL server can be had, and how. */
export type PostgresAvailability =
  | { readonly available: true; readonly mode: 'url'; readonly url: string }
  | { readonly available: true; readonly mode: 'local'; readonly binDir: string }
  | { readonly available: false; readonly reason: string };

/** A PostgreSQL database for one test file. */
export interface PostgresTestServer {
  /** Connection string of a fresh database made for this caller. */
  readonly connectionString: string;
  /** True when this harness started the server (so it can also stop and restart it). */
  readonly owned: boolean;
  /** Runs one statement on the test database as the harness's (superuser) role. */
  query<Row extends Record<string, unknown> = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Makes another fresh database on the same server; dropped by `stop()`. */
  createDatabase(): Promise<string>;
  /** Stops the server but keeps its data (owned servers only): for lost-connection tests. */
  pause(): Promise<void>;
  /** Starts a paused server again on the same port. */
  resume(): Promise<void>;
  /** Drops what was created and, for an owned server, shuts it down and deletes its directory. */
  stop(): Promise<void>;
}

function findBinDir(env: NodeJS.ProcessEnv): string | undefined {
  const candidates: string[] = [];
  if (env['PG_BIN_DIR']) candidates.push(env['PG_BIN_DIR']);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) candidates.push(join(root, version, 'bin'));
  }
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function postgresUserIds(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

/** Finds out whether tests can have a PostgreSQL server, without starting one. */
export function detectPostgres(env: NodeJS.ProcessEnv = process.env): PostgresAvailability {
  const url = env['DATABASE_URL']?.trim();
  if (url) return { available: true, mode: 'url', url };
  const binDir = findBinDir(env);
  if (!binDir) {
    return {
      available: false,
      reason: 'no DATABASE_URL and no PostgreSQL binaries (install Debian’s postgresql package or set PG_BIN_DIR)',
    };
  }
  if (isRoot() && !postgresUserIds()) {
    return { available: false, reason: 'running as root and there is no postgres user to run initdb as' };
  }
  return { available: true, mode: 'local', binDir };
}

/** On CI a missing PostgreSQL is a failure, not a skip: the production adapter must be tested there. */
export function assertPostgresInCi(availability: PostgresAvailability, env: NodeJS.ProcessEnv = process.env): void {
  if (!availability.available && env['CI'] === 'true') {
    throw new Error(`PostgreSQL is required when CI=true: ${availability.reason}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function randomName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery<Row extends Record<string, unknown>>(
  connectionString: string,
  text: string,
  params: readonly unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const result = await client.query<Row>(text, [...params]);
    return result.rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

interface LocalServer {
  readonly binDir: string;
  readonly dir: string;
  readonly dataDir: string;
  readonly port: number;
  readonly asPostgres: boolean;
}

async function asServerUser(server: Pick<LocalServer, 'asPostgres'>, command: string, args: readonly string[]): Promise<void> {
  const [file, argv] = server.asPostgres ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];
  await run(file, argv, { timeout: 120_000 });
}

function pgCtlStartArgs(server: LocalServer): string[] {
  const settings = [
    `-p ${server.port}`,
    `-k ${server.dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
    '-c shared_buffers=32MB',
  ].join(' ');
  return ['-D', server.dataDir, '-l', join(server.dir, 'server.log'), '-w', '-t', '60', '-o', settings, 'start'];
}

async function startLocal(binDir: string): Promise<LocalServer> {
  const asPostgres = isRoot();
  const dir = await mkdtemp(join(tmpdir(), 'civic-pg-'));
  const ids = asPostgres ? postgresUserIds() : undefined;
  if (asPostgres) {
    if (!ids) throw new Error('no postgres user');
    await chown(dir, ids.uid, ids.gid);
  }
  const server: LocalServer = { binDir, dir, dataDir: join(dir, 'data'), port: await freePort(), asPostgres };
  try {
    await asServerUser(server, join(binDir, 'initdb'), [
      '-D',
      server.dataDir,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
      '--no-instructions',
    ]);
    await asServerUser(server, join(binDir, 'pg_ctl'), pgCtlStartArgs(server));
  } catch (error) {
    const log = await readFile(join(dir, 'server.log'), 'utf8').catch(() => '');
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start PostgreSQL: ${(error as Error).message}\n${log}`);
  }
  return server;
}

function stopLocalSync(server: LocalServer): void {
  try {
    const args = ['-D', server.dataDir, 'stop', '-m', 'immediate', '-w'];
    const pgCtl = join(server.binDir, 'pg_ctl');
    if (server.asPostgres) execFileSync('runuser', ['-u', 'postgres', '--', pgCtl, ...args], { stdio: 'ignore' });
    else execFileSync(pgCtl, args, { stdio: 'ignore' });
  } catch {
    // Already stopped.
  }
  rmSync(server.dir, { recursive: true, force: true });
}

/**
 * Provides a fresh PostgreSQL database: on `DATABASE_URL`'s server if set,
 * otherwise on a server started for the caller.
 *
 * @throws if PostgreSQL is not available; check `detectPostgres()` first.
 */
export async function startPostgres(availability: PostgresAvailability = detectPostgres()): Promise<PostgresTestServer> {
  if (!availability.available) throw new Error(`PostgreSQL is not available: ${availability.reason}`);
  let local: LocalServer | undefined;
  let adminUrl: string;
  if (availability.mode === 'url') {
    adminUrl = availability.url;
  } else {
    local = await startLocal(availability.binDir);
    adminUrl = `postgresql://postgres@127.0.0.1:${local.port}/postgres`;
  }
  const exitHook = (): void => {
    if (local) stopLocalSync(local);
  };
  process.once('exit', exitHook);

  const databases: string[] = [];
  const createDatabase = async (): Promise<string> => {
    const name = randomName('civic_test');
    await adminQuery(adminUrl, `create database ${name}`);
    databases.push(name);
    return withDatabase(adminUrl, name);
  };
  let connectionString: string;
  try {
    connectionString = await createDatabase();
  } catch (error) {
    exitHook();
    process.removeListener('exit', exitHook);
    throw error;
  }

  const server: PostgresTestServer = {
    connectionString,
    owned: local !== undefined,
    query: (text, params) => adminQuery(connectionString, text, params),
    createDatabase,
    async pause() {
      if (!local) throw new Error('only a server started by the harness can be paused');
      await asServerUser(local, join(local.binDir, 'pg_ctl'), ['-D', local.dataDir, 'stop', '-m', 'fast', '-w']);
    },
    async resume() {
      if (!local) throw new Error('only a server started by the harness can be resumed');
      await asServerUser(local, join(local.binDir, 'pg_ctl'), pgCtlStartArgs(local));
    },
    async stop() {
      process.removeListener('exit', exitHook);
      if (local) {
        stopLocalSync(local);
        return;
      }
      for (const name of databases) {
        await adminQuery(adminUrl, `drop database if exists ${name} with (force)`).catch(() => undefined);
      }
    },
  };
  return server;
}
