/**
 * PGlite: PostgreSQL compiled to WebAssembly, running inside this process.
 * The embedded default: nothing to install or start, in memory or in a data
 * directory that survives a restart. Loaded only when chosen, so PostgreSQL
 * users never pay for the WASM.
 */
import type { PGlite } from '@electric-sql/pglite';
import { CivicError } from '@civicbricks/core';
import { Kysely } from 'kysely';
import { SqlBackend, type StorageDatabase } from './backend.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { PgliteDialect } from './pglite-dialect.js';

/** What opening PGlite needs. */
export interface OpenPgliteOptions {
  readonly dataDir: string | undefined;
  readonly pglite: PGlite | undefined;
  readonly schema: string;
}

/**
 * Opens (or adopts) a PGlite instance, with Kysely over it through
 * {@link PgliteDialect}: PGlite's exclusive query and transaction API on its
 * single connection.
 */
export async function openPglite(options: OpenPgliteOptions): Promise<SqlBackend> {
  let instance = options.pglite;
  const owned = instance === undefined;
  let lock: DataDirLock | undefined;
  if (!instance) {
    const dataDir = options.dataDir;
    if (dataDir !== undefined && !/^[a-z]+:\/\//.test(dataDir)) {
      const { mkdir } = await import('node:fs/promises');
      await mkdir(dataDir, { recursive: true }).catch((error: unknown) => {
        throw new CivicError(
          'storage.pglite_failed',
          `The PGlite data directory ${dataDir} could not be created: check that its parent is writable.`,
          {
            cause: error,
          },
        );
      });
      // Before PGlite reads a byte: a second process in the same directory corrupts it.
      lock = await lockDataDir(dataDir);
    }
    try {
      const { PGlite: PGliteClass } = await import('@electric-sql/pglite');
      instance = new PGliteClass(dataDir);
      await instance.waitReady;
    } catch (error) {
      await lock?.release();
      throw new CivicError(
        'storage.pglite_failed',
        dataDir === undefined
          ? 'The embedded PGlite database could not start.'
          : `The embedded PGlite database could not open its data directory ${dataDir}: check that it is writable and holds a PGlite database.`,
        { cause: error },
      );
    }
  }
  const pglite = instance;
  const db = new Kysely<StorageDatabase>({ dialect: new PgliteDialect(pglite) });
  const where = options.dataDir === undefined ? (owned ? 'in memory' : 'shared instance') : 'data directory';
  return new SqlBackend({
    adapter: 'pglite',
    db,
    schema: options.schema,
    describe: `pglite (${where}, schema ${options.schema})`,
    close: async () => {
      // A caller's own instance stays open for the caller to close.
      if (owned && !pglite.closed) await pglite.close();
      await lock?.release();
    },
  });
}
