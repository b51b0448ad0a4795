/**
 * The stress suite on a real PostgreSQL server (one per file, a fresh schema
 * per test), and writers on separate connections racing on one record.
 */
import { ConflictError } from '@civicbricks/core';
import { expect, it } from 'vitest';
import { z } from 'zod';
import type { Store } from '../src/index.js';
import { FULL_STRESS, runSqlStressSuite } from './stress-suite.js';
import { describeOnPostgres, postgresStoreOpener } from './support/postgres-suite.js';
import { rawSqlOnPostgres } from './support/raw-sql.js';

describeOnPostgres('PostgreSQL', (pg) => {
  const { newSchema, open } = postgresStoreOpener(pg, 's');

  runSqlStressSuite(
    'postgres',
    () => ({
      newSchema,
      createStore: (options = {}) => open(options),
      raw: rawSqlOnPostgres(() => pg.server.connectionString),
    }),
    { tamperPositions: 6 },
  );

  // Every writer retries until it wins, so the work grows with the square of their number: 20 race in
  // `npm test`, 50 in `npm run check:storage`.
  const writers = FULL_STRESS ? 50 : 20;
  it(`${writers} writers on separate connections incrementing one record lose no update and leave no version gap`, async () => {
    const rounds = 3;
    const schema = newSchema();
    // Five pools of ten connections: all 50 updates are in flight at once, each on its own connection.
    const stores: Store[] = [];
    for (let i = 0; i < 5; i += 1) stores.push(await open({ schema, poolSize: 10 }));
    const counter = z.object({ n: z.number().int() });
    try {
      const record = await stores[0]!.collection('cases.counter', counter).insert({ n: 0 });
      const committed: { version: number; writer: number; round: number }[] = [];
      const conflicts = { version: 0, transaction: 0 };
      const increment = async (writer: number, round: number): Promise<void> => {
        const store = stores[writer % stores.length]!;
        for (;;) {
          const current = await store.collection('cases.counter', counter).require(record.id);
          try {
            const updated = await store.transaction(async (tx) => {
              const next = await tx.collection('cases.counter', counter).update(record.id, current.version, { n: current.data.n + 1 });
              await tx.audit.append({
                actor: `writer:${writer}`,
                action: 'counter.incremented',
                collection: 'cases.counter',
                recordId: record.id,
                fields: ['n'],
                metadata: { version: next.version, writer, round },
              });
              return next;
            });
            committed.push({ version: updated.version, writer, round });
            return;
          } catch (error) {
            // The only acceptable failure is a conflict; the writer then re-reads and tries again.
            expect(error).toBeInstanceOf(ConflictError);
            const code = (error as ConflictError).code;
            expect(['storage.version_conflict', 'storage.transaction_conflict']).toContain(code);
            if (code === 'storage.version_conflict') conflicts.version += 1;
            else conflicts.transaction += 1;
          }
        }
      };
      for (let round = 0; round < rounds; round += 1) {
        await Promise.all(Array.from({ length: writers }, (_, writer) => increment(writer, round)));
      }

      const total = writers * rounds;
      const final = await stores[1]!.collection('cases.counter', counter).require(record.id);
      expect(final.data.n).toBe(total);
      expect(final.version).toBe(1 + total);
      expect(conflicts.version).toBeGreaterThan(0); // the writers really did race
      // Versions 2 … total+1, each committed exactly once: no gap, no duplicate.
      expect(committed.map((entry) => entry.version).sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i + 2));
      for (let round = 0; round < rounds; round += 1) expect(committed.filter((entry) => entry.round === round)).toHaveLength(writers);

      // The audit entries written in the same transactions are exactly the committed updates.
      const audit = await stores[2]!.audit.list({ collection: 'cases.counter', recordId: record.id, limit: 1000 });
      expect(audit).toHaveLength(total);
      const key = (entry: { version: number; writer: number; round: number }): string => `${entry.version}/${entry.writer}/${entry.round}`;
      expect(audit.map((entry) => key(entry.metadata as { version: number; writer: number; round: number })).sort()).toEqual(
        committed.map(key).sort(),
      );
      expect(await stores[3]!.verifyAuditChain()).toMatchObject({ ok: true, entries: total });
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  }, 180_000);
});
