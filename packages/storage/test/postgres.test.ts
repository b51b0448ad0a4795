/**
 * A real PostgreSQL server: started for this file (or the one at
 * DATABASE_URL, in a fresh database), a fresh schema per test. Besides the
 * shared suites, this is where the concurrency and fault tests live: several
 * connection pools racing on one database is the production shape.
 */
import { ConflictError, UnavailableError } from '@civicbricks/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createOutboxWorker, createStoreFromEnv, sql, type BrickMigrations, type Store } from '../src/index.js';
import { runStorageConformance } from './conformance.js';
import { runSqlStorageSuite } from './sql-suite.js';
import { describeOnPostgres, postgresStoreOpener } from './support/postgres-suite.js';
import { rawSqlOnPostgres } from './support/raw-sql.js';
import { rejection } from '../../../tests/support/rejection.js';

describeOnPostgres('PostgreSQL', (pg) => {
  const { newSchema, open } = postgresStoreOpener(pg, 't');

  runStorageConformance('postgres', (options) => open(options));

  runSqlStorageSuite('postgres', () => ({
    newSchema,
    createStore: (options = {}) => open(options),
    raw: rawSqlOnPostgres(() => pg.server.connectionString),
  }));

  describe('several connections at once', () => {
    const caseSchema = z.object({ status: z.string(), by: z.number() });

    it('lets exactly one of many parallel conflicting updates win each version', async () => {
      const schema = newSchema();
      const stores = [await open({ schema })];
      stores.push(...(await Promise.all([1, 2, 3].map(() => open({ schema })))));
      try {
        const record = await stores[0]!.collection('cases.case', caseSchema).insert({ status: 'open', by: -1 });
        for (let version = 1; version <= 5; version += 1) {
          const attempts = Array.from({ length: 20 }, (_, i) =>
            stores[i % stores.length]!.collection('cases.case', caseSchema).update(record.id, version, { status: `v${version}`, by: i }),
          );
          const outcomes = await Promise.allSettled(attempts);
          const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
          const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
          expect(won, `version ${version}`).toHaveLength(1);
          expect(lost).toHaveLength(19);
          for (const outcome of lost) {
            expect(outcome.reason).toBeInstanceOf(ConflictError);
            expect((outcome.reason as ConflictError).code).toBe('storage.version_conflict');
          }
          const current = await stores[0]!.collection('cases.case', caseSchema).require(record.id);
          expect(current.version).toBe(version + 1);
          expect(current.data.by).toBe((won[0] as PromiseFulfilledResult<{ data: { by: number } }>).value.data.by);
        }
      } finally {
        await Promise.all(stores.map((store) => store.close()));
      }
    });

    it('keeps one valid audit chain under parallel appends from several pools', async () => {
      const schema = newSchema();
      const stores: Store[] = [];
      for (let i = 0; i < 4; i += 1) stores.push(await open({ schema }));
      try {
        const appends = stores.flatMap((store, s) =>
          Array.from({ length: 20 }, (_, i) =>
            i % 2 === 0
              ? store.audit.append({ actor: `staff:${s}`, action: 'case.noted', metadata: { i } })
              : store.transaction(async (tx) => {
                  const record = await tx.collection('cases.case', caseSchema).insert({ status: 'open', by: s });
                  return tx.audit.append({
                    actor: `staff:${s}`,
                    action: 'case.opened',
                    collection: 'cases.case',
                    recordId: record.id,
                    after: record.data,
                  });
                }),
          ),
        );
        const entries = await Promise.all(appends);
        expect(new Set(entries.map((entry) => entry.seq)).size).toBe(80);
        expect(Math.max(...entries.map((entry) => entry.seq))).toBe(80);
        expect(await stores[0]!.verifyAuditChain()).toMatchObject({ ok: true, entries: 80 });
        expect((await stores[0]!.collection('cases.case', caseSchema).list({ limit: 500 })).items).toHaveLength(40);
      } finally {
        await Promise.all(stores.map((store) => store.close()));
      }
    });

    it('never lets two workers deliver one message at the same time', async () => {
      const schema = newSchema();
      const a = await open({ schema });
      const b = await open({ schema });
      try {
        const total = 60;
        for (let i = 0; i < total; i += 1) await a.outbox.enqueue({ topic: 'notifications.send', payload: { i }, idempotencyKey: `m${i}` });
        const inFlight = new Set<string>();
        const deliveries = new Map<string, number>();
        const byWorker = { a: 0, b: 0 };
        let overlaps = 0;
        let largestBatch = 0;
        const handler = (worker: 'a' | 'b') => async (message: { idempotencyKey: string }) => {
          if (inFlight.has(message.idempotencyKey)) overlaps += 1;
          inFlight.add(message.idempotencyKey);
          byWorker[worker] += 1;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
          deliveries.set(message.idempotencyKey, (deliveries.get(message.idempotencyKey) ?? 0) + 1);
          inFlight.delete(message.idempotencyKey);
        };
        const workerA = createOutboxWorker({ store: a, batchSize: 4, handlers: { 'notifications.send': handler('a') } });
        const workerB = createOutboxWorker({ store: b, batchSize: 4, handlers: { 'notifications.send': handler('b') } });
        // Rounds race each other: several claims from each worker at once.
        for (let round = 0; round < 20 && deliveries.size < total; round += 1) {
          const results = await Promise.all([workerA.runOnce(), workerB.runOnce(), workerA.runOnce(), workerB.runOnce()]);
          largestBatch = Math.max(largestBatch, ...results.map((result) => result.claimed));
        }
        expect(overlaps).toBe(0);
        expect(largestBatch).toBeLessThanOrEqual(4);
        expect(deliveries.size).toBe(total);
        expect([...deliveries.values()].every((count) => count === 1)).toBe(true);
        expect(byWorker.a).toBeGreaterThan(0);
        expect(byWorker.b).toBeGreaterThan(0);
        expect((await a.outbox.list({ status: 'delivered', limit: 500 })).items).toHaveLength(total);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it('lets several stores start and migrate at once without corrupting anything', async () => {
      const schema = newSchema();
      let runs = 0;
      const group: BrickMigrations = {
        brick: 'cases',
        migrations: [
          {
            version: 1,
            name: 'counter',
            up: async ({ sql: runner }) => {
              runs += 1;
              await runner?.execute(sql`create table cases_counter (n integer not null)`);
              await runner?.execute(sql`insert into cases_counter values (${1})`);
            },
          },
          {
            version: 2,
            name: 'bump',
            up: async ({ sql: runner }) => void ((runs += 1), await runner?.execute(sql`update cases_counter set n = n + 1`)),
          },
        ],
      };
      const stores = await Promise.all([1, 2, 3, 4].map(() => open({ schema, migrations: [group] })));
      try {
        expect(runs).toBe(2);
        const rows = await pg.server.query(`select n from ${schema}.cases_counter`);
        expect(rows).toEqual([{ n: 2 }]);
        const migrations = await pg.server.query(`select brick, version from ${schema}.civic_migrations order by brick, version`);
        expect(migrations).toEqual([
          { brick: 'cases', version: 1 },
          { brick: 'cases', version: 2 },
          { brick: 'storage', version: 1 },
          { brick: 'storage', version: 2 },
          { brick: 'storage', version: 3 },
          { brick: 'storage', version: 4 },
        ]);
        await stores[3]!.audit.append({ actor: 'system', action: 'started' });
        expect((await stores[0]!.verifyAuditChain()).ok).toBe(true);
      } finally {
        await Promise.all(stores.map((store) => store.close()));
      }
    });
  });

  describe('faults', () => {
    it('turns a connection killed mid-transaction into a retryable UnavailableError, with nothing half-written', async () => {
      const store = await open();
      const cases = store.collection('cases.case', z.object({ n: z.number() }));
      try {
        const error = await rejection(
          store.transaction(async (tx) => {
            await tx.collection('cases.case', z.object({ n: z.number() })).insert({ n: 1 }, { id: 'first' });
            await pg.server.query(
              `select pg_terminate_backend(pid, 5000) from pg_stat_activity where application_name = 'civicbricks-storage' and datname = current_database()`,
            );
            await tx.collection('cases.case', z.object({ n: z.number() })).insert({ n: 2 }, { id: 'second' });
          }),
        );
        expect(error).toBeInstanceOf(UnavailableError);
        expect((error as UnavailableError).retryable).toBe(true);
        expect((error as UnavailableError).code).toBe('storage.unavailable');
        // The pool replaces the dead connection; the failed transaction left nothing behind.
        expect(await cases.get('first')).toBeUndefined();
        expect(await cases.get('second')).toBeUndefined();
        expect((await cases.insert({ n: 3 })).version).toBe(1);
      } finally {
        await store.close();
      }
    });

    it('reports a stopped server as retryable UnavailableError and recovers when it is back', async (context) => {
      if (!pg.server.owned) context.skip('DATABASE_URL server: the harness cannot stop it');
      const store = await open({ poolSize: 2 });
      const cases = store.collection('cases.case', z.object({ n: z.number() }));
      try {
        const record = await cases.insert({ n: 1 });
        await pg.server.pause();
        try {
          const error = await rejection(cases.get(record.id));
          expect(error).toBeInstanceOf(UnavailableError);
          expect((error as UnavailableError).retryable).toBe(true);
          expect(JSON.stringify((error as UnavailableError).toJSON())).not.toContain('postgresql://');
        } finally {
          await pg.server.resume();
        }
        expect((await cases.require(record.id)).data).toEqual({ n: 1 });
      } finally {
        await store.close();
      }
    });
  });

  it('createStoreFromEnv picks PostgreSQL when DATABASE_URL is set', async () => {
    const schema = newSchema();
    const store = await createStoreFromEnv({
      DATABASE_URL: pg.server.connectionString,
      DATABASE_SCHEMA: schema,
      PGLITE_DATA_DIR: '/nonexistent',
    });
    try {
      expect(store.adapter).toBe('postgres');
      expect(store.describe()).toContain(`schema ${schema}`);
      await store.audit.append({ actor: 'system', action: 'started' });
      expect(await pg.server.query(`select count(*)::int as n from ${schema}.civic_audit`)).toEqual([{ n: 1 }]);
    } finally {
      await store.close();
    }
  });
});
