/**
 * Where a service keeps its data: PostgreSQL when `DATABASE_URL` is set, otherwise a PGlite data directory
 * beside the manifest (`.civicbricks/data`), locked so a second process cannot open it at the same time (PGlite
 * has one connection; two processes on one directory would corrupt it). The secret that signs cookies lives
 * beside the data, made once, readable by this user only.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CivicError } from '@civicbricks/core/errors';
import { createStore, redactConnectionString, type Store } from '@civicbricks/storage';

export interface DataOptions {
  /** The folder the manifest is in. */
  readonly serviceDir: string;
  /** `--data`: a PGlite data directory other than the default. */
  readonly dataDir?: string;
  readonly env: NodeJS.ProcessEnv;
}

export interface OpenData {
  readonly store: Store;
  /** Where the data is, for people: a folder, or the PostgreSQL server with its password hidden. */
  readonly where: string;
  readonly secret: string;
  close(): Promise<void>;
}

export function stateDir(serviceDir: string): string {
  return join(serviceDir, '.civicbricks');
}

/** Opens the service's store (running the storage brick's migrations) and its secret. */
export async function openData(options: DataOptions): Promise<OpenData> {
  const state = stateDir(options.serviceDir);
  mkdirSync(state, { recursive: true, mode: 0o700 });
  const secret = options.env.CIVICBRICKS_SECRET ?? readOrMakeSecret(join(state, 'secret'));
  const url = options.env.DATABASE_URL;
  if (url) {
    const store = await createStore({ adapter: 'postgres', connectionString: url });
    return { store, where: `PostgreSQL at ${redactConnectionString(url)}`, secret, close: () => store.close() };
  }
  const dataDir = resolve(options.dataDir ?? join(state, 'data'));
  const release = lock(dataDir);
  try {
    const store = await createStore({ adapter: 'pglite', dataDir });
    return {
      store,
      where: `the folder ${dataDir}`,
      secret,
      async close() {
        try {
          await store.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

function readOrMakeSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

/** Takes the data directory's lock file, or explains who has it. Returns the release. */
function lock(dataDir: string): () => void {
  mkdirSync(dirname(dataDir), { recursive: true });
  const file = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder))
        throw new CivicError(
          'service.data.locked',
          `Another civicbricks (process ${holder}) is using the data in ${dataDir}. Stop it first (Ctrl+C in its window), then try again. To run several at once, use PostgreSQL: set DATABASE_URL.`,
        );
      // Left behind by a process that has gone (a crash, a power cut): nobody holds it.
      rmSync(file, { force: true });
    }
  }
  throw new CivicError('service.data.locked', `Could not lock the data in ${dataDir}: try again`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
