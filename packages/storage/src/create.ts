import type { PGlite } from '@electric-sql/pglite';
import { parseInput } from '@civicbricks/core';
import { z } from 'zod';
import type { Backend } from './backend.js';
import { MemoryBackend } from './memory.js';
import { STORAGE_MIGRATIONS } from './sql/schema.js';
import { createCoreStore } from './store.js';
import type { BrickMigrations, Store } from './types.js';

/** Options every adapter accepts. */
export interface CommonStoreOptions {
  /** Bricks' migrations, applied (after the storage brick's own) before the store is returned. */
  readonly migrations?: readonly BrickMigrations[];
  /** Where timestamps come from; inject a fixed clock in tests. */
  readonly clock?: () => Date;
}

/** Everything in memory: for unit tests of other bricks. */
export interface MemoryStoreOptions extends CommonStoreOptions {
  readonly adapter: 'memory';
}

/** The embedded default: PostgreSQL in WebAssembly, inside this process. */
export interface PgliteStoreOptions extends CommonStoreOptions {
  readonly adapter: 'pglite';
  /** A directory that keeps the data across restarts (created if missing); in memory if absent. */
  readonly dataDir?: string;
  /** An instance you already have; the store will not close it. Not with `dataDir`. */
  readonly pglite?: PGlite;
  /** PostgreSQL schema for the store's tables; `public` if absent. */
  readonly schema?: string;
}

/** The production choice: a PostgreSQL server, possibly shared by several service instances. */
export interface PostgresStoreOptions extends CommonStoreOptions {
  readonly adapter: 'postgres';
  /** `postgres://user:password@host:5432/database`; never logged, never in errors. */
  readonly connectionString: string;
  /** PostgreSQL schema for the store's tables; `public` if absent. */
  readonly schema?: string;
  /** Connections in the pool; 10 if absent. */
  readonly poolSize?: number;
  /** How long to wait for a connection before failing with `UnavailableError`; 10 000 ms if absent. */
  readonly connectionTimeoutMs?: number;
}

/** Which adapter to use and how to reach it. */
export type StoreOptions = MemoryStoreOptions | PgliteStoreOptions | PostgresStoreOptions;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

const common = {
  migrations: z
    .array(
      z.custom<BrickMigrations>((value) => value !== null && typeof value === 'object', 'Each entry must be a brick’s migrations object'),
    )
    .optional(),
  clock: z.custom<() => Date>((value) => typeof value === 'function', 'The clock must be a function returning a Date').optional(),
};

const schemaName = z
  .string()
  .regex(SCHEMA_NAME, 'The schema name must be lower case letters, digits or underscores (at most 63), not starting with a digit')
  .optional();

/**
 * The options, as a zod schema: validated at `createStore`, and reusable by a
 * service manifest that wants to check its configuration before starting.
 */
export const storeOptionsSchema = z.discriminatedUnion('adapter', [
  z.strictObject({ adapter: z.literal('memory'), ...common }),
  z
    .strictObject({
      adapter: z.literal('pglite'),
      dataDir: z.string().min(1).max(4096).optional(),
      pglite: z
        .custom<PGlite>(
          (value) => value !== null && typeof value === 'object' && typeof (value as { query?: unknown }).query === 'function',
          'pglite must be a PGlite instance',
        )
        .optional(),
      schema: schemaName,
      ...common,
    })
    .refine((value) => value.dataDir === undefined || value.pglite === undefined, {
      message: 'Give either dataDir or an existing pglite instance, not both',
      path: ['dataDir'],
    }),
  z.strictObject({
    adapter: z.literal('postgres'),
    connectionString: z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'The connection string must be a postgres:// or postgresql:// URL'),
    schema: schemaName,
    poolSize: z.number().int().min(1).max(1000).optional(),
    connectionTimeoutMs: z.number().int().min(1).max(600_000).optional(),
    ...common,
  }),
]);

/**
 * Opens a store on the chosen adapter, runs the storage brick's migrations
 * and then the given bricks' migrations, and returns it ready to use. The
 * PGlite and PostgreSQL code is loaded only when chosen, so a memory store in a
 * unit test never loads WebAssembly or a network driver.
 *
 * @throws ValidationError for bad options (never echoing the connection string),
 *   UnavailableError when the database cannot be reached.
 */
export async function createStore(options: StoreOptions): Promise<Store> {
  const parsed = parseInput(storeOptionsSchema, options, { codePrefix: 'storage.options', what: 'store options' });
  const clock = parsed.clock ?? (() => new Date());
  let backend: Backend;
  switch (parsed.adapter) {
    case 'memory':
      backend = new MemoryBackend();
      break;
    case 'pglite': {
      const { openPglite } = await import('./sql/pglite.js');
      backend = await openPglite({ dataDir: parsed.dataDir, pglite: parsed.pglite, schema: parsed.schema ?? 'public' });
      break;
    }
    case 'postgres': {
      const { openPostgres } = await import('./sql/postgres.js');
      backend = await openPostgres({
        connectionString: parsed.connectionString,
        schema: parsed.schema ?? 'public',
        poolSize: parsed.poolSize ?? 10,
        connectionTimeoutMs: parsed.connectionTimeoutMs ?? 10_000,
      });
      break;
    }
  }
  const store = createCoreStore(backend, { clock });
  try {
    if (backend.adapter !== 'memory') await backend.migrate('storage', STORAGE_MIGRATIONS);
    if (parsed.migrations && parsed.migrations.length > 0) await store.migrate(...parsed.migrations);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}

/** Environment variables `createStoreFromEnv` reads. */
export interface StoreEnvironment {
  /** Set: PostgreSQL at this URL. Unset or empty: PGlite. */
  readonly DATABASE_URL?: string | undefined;
  /** PostgreSQL schema for the store's tables (either SQL adapter). */
  readonly DATABASE_SCHEMA?: string | undefined;
  /** PGlite data directory; PGlite keeps data in memory if unset. */
  readonly PGLITE_DATA_DIR?: string | undefined;
  readonly [name: string]: string | undefined;
}

/**
 * The twelve-factor way in: PostgreSQL when `DATABASE_URL` is set, the
 * embedded PGlite otherwise (in `PGLITE_DATA_DIR` if set), so a service runs
 * with zero set-up on a laptop and against a managed database in production
 * with no code change. Pass `process.env` (or any record, in tests).
 */
export function createStoreFromEnv(env: StoreEnvironment, options: CommonStoreOptions = {}): Promise<Store> {
  const url = env.DATABASE_URL?.trim();
  const schema = env.DATABASE_SCHEMA?.trim() || undefined;
  if (url) {
    return createStore({ adapter: 'postgres', connectionString: url, ...(schema ? { schema } : {}), ...options });
  }
  const dataDir = env.PGLITE_DATA_DIR?.trim() || undefined;
  return createStore({ adapter: 'pglite', ...(dataDir ? { dataDir } : {}), ...(schema ? { schema } : {}), ...options });
}
