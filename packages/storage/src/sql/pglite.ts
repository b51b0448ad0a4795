/**
 * PGlite: PostgreSQL compiled to WebAssembly, running inside this process.
 * The embedded default: nothing to install or start, in memory or in a data
 * directory that survives a restart. Loaded only when chosen, so PostgreSQL
 * users never pay for the WASM.
 */
import type { PGlite } from '@electric-sql/pglite';
import { CivicError } from '@civicbricks/core';
import { Kysely, PGliteDialect } from 'kysely';
import { SqlBackend, type StorageDatabase } from './backend.js';

/** What opening PGlite needs. */
export interface OpenPgliteOptions {
  readonly dataDir: string | undefined;
  readonly pglite: PGlite | undefined;
  readonly schema: string;
}

/**
 * Opens (or adopts) a PGlite instance. Kysely's own PGlite dialect is used:
 * it is maintained with Kysely, serialises every query and transaction onto
 * PGlite's single connection, and maps transactions onto PGlite's exclusive
 * transaction API, which is exactly what a hand-written driver would do.
 */
export async function openPglite(options: OpenPgliteOptions): Promise<SqlBackend> {
  let instance = options.pglite;
  const owned = instance === undefined;
  if (!instance) {
    const dataDir = options.dataDir;
    try {
      if (dataDir !== undefined && !/^[a-z]+:\/\//.test(dataDir)) {
        const { mkdir } = await import('node:fs/promises');
        await mkdir(dataDir, { recursive: true });
      }
      const { PGlite: PGliteClass } = await import('@electric-sql/pglite');
      instance = new PGliteClass(dataDir);
      await instance.waitReady;
    } catch (error) {
      throw new CivicError(
        'storage.pglite_failed',
        dataDir === undefined
          ? 'The embedded PGlite database could not start.'
          : 'The embedded PGlite database could not open its data directory: check that it exists, is writable and is not open in another process.',
        { cause: error },
      );
    }
  }
  const pglite = instance;
  const db = new Kysely<StorageDatabase>({ dialect: new PGliteDialect({ pglite }) });
  const where = options.dataDir === undefined ? (owned ? 'in memory' : 'shared instance') : 'data directory';
  return new SqlBackend({
    adapter: 'pglite',
    db,
    schema: options.schema,
    describe: `pglite (${where}, schema ${options.schema})`,
    close: async () => {
      // A caller's own instance stays open for the caller to close.
      if (owned && !pglite.closed) await pglite.close();
    },
  });
}
