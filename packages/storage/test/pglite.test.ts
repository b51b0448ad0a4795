/**
 * PGlite: one shared instance for the file (it costs seconds and most of a
 * gigabyte to start), with a fresh schema per test for isolation.
 */
import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createStore, createStoreFromEnv, type BrickMigrations } from '../src/index.js';
import { runStorageConformance } from './conformance.js';
import { runSqlStorageSuite } from './sql-suite.js';
import { rawSqlOnPglite } from './support/raw-sql.js';

const root = mkdtempSync(join(tmpdir(), 'civic-pglite-'));
const dataDir = join(root, 'nested', 'data');
let restartTestFinished = false;
let shared: PGlite | undefined;
let schemas = 0;

// Reopening the directory the restart test left behind is a warm start
// (no initdb), several times faster than a fresh in-memory instance.
async function sharedPglite(): Promise<PGlite> {
  if (!shared) {
    shared = restartTestFinished ? new PGlite(dataDir) : new PGlite();
    await shared.waitReady;
  }
  return shared;
}

const newSchema = (): string => `t_${process.pid}_${++schemas}`;

afterAll(async () => {
  await shared?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('PGlite data directory', () => {
  it('keeps records, the audit chain and the outbox across a restart; createStoreFromEnv picks PGlite', async () => {
    let runs = 0;
    const group: BrickMigrations = { brick: 'cases', migrations: [{ version: 1, name: 'seed', up: async () => void (runs += 1) }] };
    const schema = z.object({ reference: z.string() });
    const first = await createStore({ adapter: 'pglite', dataDir, migrations: [group] });
    expect(first.adapter).toBe('pglite');
    const record = await first.collection('cases.case', schema).insert({ reference: 'CB-1' });
    await first.transaction(async (tx) => {
      await tx.collection('cases.case', schema).update(record.id, 1, { reference: 'CB-1a' });
      await tx.audit.append({ actor: 'staff:1', action: 'case.renamed', collection: 'cases.case', recordId: record.id });
      await tx.outbox.enqueue({ topic: 'notifications.send', payload: { id: record.id }, idempotencyKey: 'k1' });
    });
    const head = await first.audit.head();
    await first.close();

    const second = await createStoreFromEnv({ PGLITE_DATA_DIR: dataDir }, { migrations: [group] });
    try {
      expect(second.adapter).toBe('pglite');
      expect(runs).toBe(1);
      expect(await second.collection('cases.case', schema).require(record.id)).toMatchObject({ version: 2, data: { reference: 'CB-1a' } });
      expect(await second.verifyAuditChain({ expectedHead: head })).toMatchObject({ ok: true, entries: 1 });
      expect((await second.outbox.list()).items).toMatchObject([{ idempotencyKey: 'k1', status: 'pending' }]);
    } finally {
      await second.close();
    }
    restartTestFinished = true;
  }, 120_000); // Two cold PGlite starts on a data directory; slow when the other core is busy.
});

runStorageConformance('pglite', async (options) =>
  createStore({ adapter: 'pglite', pglite: await sharedPglite(), schema: newSchema(), ...options }),
);

runSqlStorageSuite('pglite', () => ({
  newSchema,
  createStore: async (options = {}) =>
    createStore({
      adapter: 'pglite',
      pglite: await sharedPglite(),
      schema: options.schema ?? newSchema(),
      ...(options.migrations ? { migrations: options.migrations } : {}),
    }),
  raw: rawSqlOnPglite(sharedPglite),
}));

describe('stores sharing one PGlite instance', () => {
  it('run a transaction of one store whole before another store’s statements, so a rollback takes only its own', async () => {
    const schema = z.object({ reference: z.string() });
    const [first, second] = await Promise.all([
      createStore({ adapter: 'pglite', pglite: await sharedPglite(), schema: newSchema() }),
      createStore({ adapter: 'pglite', pglite: await sharedPglite(), schema: newSchema() }),
    ]);
    try {
      const order: string[] = [];
      let inside!: () => void;
      const started = new Promise<void>((resolve) => (inside = resolve));
      const rolledBack = first
        .transaction(async (tx) => {
          await tx.collection('cases.case', schema).insert({ reference: 'CB-ROLLED-BACK' });
          inside();
          // The other store's insert is asked for now, while this transaction is open.
          await new Promise((resolve) => setTimeout(resolve, 50));
          order.push('first rolls back');
          throw new Error('changed my mind');
        })
        .catch((error: unknown) => (error as Error).message);
      await started;
      const kept = second
        .collection('cases.case', schema)
        .insert({ reference: 'CB-KEPT' })
        .then(() => order.push('second inserts'));
      expect(await rolledBack).toBe('changed my mind');
      await kept;
      // Had the insert run inside the open transaction (one connection), the rollback would have taken it too.
      expect(order).toEqual(['first rolls back', 'second inserts']);
      expect((await second.collection('cases.case', schema).list()).items.map((record) => record.data.reference)).toEqual(['CB-KEPT']);
      expect((await first.collection('cases.case', schema).list()).items).toEqual([]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
