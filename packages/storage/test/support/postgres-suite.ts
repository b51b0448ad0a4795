/**
 * A describe block that runs on a real PostgreSQL server, for any brick's
 * tests: it starts the server before the block's own hooks and stops it after
 * them (Vitest runs `afterAll` hooks in reverse order), skips the block with
 * the reason where no server can be had, and fails instead under `CI=true`.
 * Kept apart from `postgres.ts` because benchmarks bundle that file outside
 * Vitest.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { createStore, type PostgresStoreOptions, type Store } from '../../src/index.js';
import { assertPostgresInCi, detectPostgres, startPostgres, type PostgresAvailability, type PostgresTestServer } from './postgres.js';

/** What the block's hooks and tests reach the server through. */
export interface PostgresSuite {
  /** The server of this block; there from its first `beforeAll` on. */
  readonly server: PostgresTestServer;
}

export function describeOnPostgres(
  title: string,
  body: (suite: PostgresSuite) => void,
  availability: PostgresAvailability = detectPostgres(),
): void {
  assertPostgresInCi(availability);
  if (!availability.available) console.warn(`Skipping "${title}": ${availability.reason}`);
  const heading = availability.available ? title : `${title} (skipped: ${availability.reason})`;
  describe.skipIf(!availability.available)(heading, () => {
    let server: PostgresTestServer | undefined;
    beforeAll(async () => {
      server = await startPostgres(availability);
    });
    afterAll(async () => {
      await server?.stop();
    });
    body({
      get server(): PostgresTestServer {
        if (server === undefined)
          throw new Error('PostgreSQL has not started yet: reach the server from a hook or a test, not while declaring them');
        return server;
      },
    });
  });
}

/**
 * `count` stores on the block's server, each with its own connection pool as
 * separate service processes would have: opened before the block's tests and
 * closed after them. The list fills in when the block's `beforeAll` hooks run.
 */
export function storesOnPostgres(
  pg: PostgresSuite,
  count: number,
  options: Omit<PostgresStoreOptions, 'adapter' | 'connectionString'>,
): readonly Store[] {
  const stores: Store[] = [];
  beforeAll(async () => {
    for (let n = 0; n < count; n += 1)
      stores.push(await createStore({ ...options, adapter: 'postgres', connectionString: pg.server.connectionString }));
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
  });
  return stores;
}

/** Opens stores on the block's server, each on a fresh schema named from `prefix` unless the options name one. */
export function postgresStoreOpener(
  pg: PostgresSuite,
  prefix: string,
): {
  readonly newSchema: () => string;
  readonly open: (options?: Partial<Omit<PostgresStoreOptions, 'adapter' | 'connectionString'>>) => Promise<Store>;
} {
  let schemas = 0;
  const newSchema = (): string => `${prefix}_${process.pid}_${++schemas}`;
  return {
    newSchema,
    open: (options = {}) =>
      createStore({
        adapter: 'postgres',
        connectionString: pg.server.connectionString,
        poolSize: 5,
        ...options,
        schema: options.schema ?? newSchema(),
      }),
  };
}
