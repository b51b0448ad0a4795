/**
 * PostgreSQL through node-postgres: the production choice. Several stateless
 * service instances can share one database; nothing here assumes a single
 * process.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Pool } from 'pg';
import { mapDatabaseError, redactConnectionString } from '../errors.js';
import { SqlBackend, type StorageDatabase } from './backend.js';

/** What opening PostgreSQL needs. */
export interface OpenPostgresOptions {
  readonly connectionString: string;
  readonly schema: string;
  readonly poolSize: number;
  readonly connectionTimeoutMs: number;
}

/** Opens a connection pool and checks that the server answers, so a wrong URL fails at start with a typed error. */
export async function openPostgres(options: OpenPostgresOptions): Promise<SqlBackend> {
  const pool = new Pool({
    connectionString: options.connectionString,
    max: options.poolSize,
    connectionTimeoutMillis: options.connectionTimeoutMs,
    idleTimeoutMillis: 30_000,
    application_name: 'civicbricks-storage',
  });
  // An idle connection that dies (server restart, pg_terminate_backend) is
  // dropped by the pool and replaced on next use. Without a listener Node would
  // treat the event as an uncaught error and stop the process.
  pool.on('error', () => undefined);
  // The same for a connection that dies while checked out (between two
  // statements of a transaction): the next statement on it then fails, and
  // that failure is what reaches the caller, as UnavailableError.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  const db = new Kysely<StorageDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw mapDatabaseError(error);
  }
  return new SqlBackend({
    adapter: 'postgres',
    db,
    schema: options.schema,
    describe: `postgres (${redactConnectionString(options.connectionString)}, schema ${options.schema})`,
    close: () => db.destroy(),
  });
}
