/**
 * The outbox delivery on a real PostgreSQL server (started for this file by
 * the storage brick's harness, or DATABASE_URL's), with two workers on two
 * connection pools, as two service processes would run: 400 notifications
 * (LOAD_COUNT to change it; `npm run load:notifications` runs 2,000), faults
 * injected at random, each delivered exactly once.
 */
import type { Store } from '@civicbricks/storage';
import { expect, it } from 'vitest';
import { notificationsMigrations } from '../src/outbox/index.js';
import { describeOnPostgres, storesOnPostgres } from '../../storage/test/support/postgres-suite.js';
import { countByReference, drain, notifyDelivery, queueMany, startFaultyNotify } from './support/delivery-load.js';
import { seededRandom } from '../../storage/test/support/random.js';

const COUNT = Number(process.env['LOAD_COUNT'] ?? 400);
// Each held request costs its worker the client's whole 15 s timeout: two are enough to show recovery.
const TIMEOUT_EVERY = Math.max(100, Math.floor(COUNT / 2));
const SEED = Number(process.env['LOAD_SEED'] ?? 20_260_302);

describeOnPostgres('outbox delivery on PostgreSQL', (pg) => {
  const stores = storesOnPostgres(pg, 2, { schema: 'notifications_load', poolSize: 4, migrations: [notificationsMigrations] });

  it(
    `delivers ${COUNT.toLocaleString('en-GB')} messages exactly once with two workers while Notify fails at random (seed ${SEED})`,
    async () => {
      const [first, second] = stores as [Store, Store];
      const { fake, injected } = await startFaultyNotify(seededRandom(SEED), TIMEOUT_EVERY);
      try {
        const references = await queueMany(first, COUNT, 250, 'pg');
        const workers = [first, second].map((store) => notifyDelivery(store, fake, { batchSize: 20, timeoutMs: 15_000 }));
        const delivered = await drain(first, workers);
        expect(delivered.every((n) => n > 0)).toBe(true);
        expect(delivered.reduce((a, b) => a + b, 0)).toBe(COUNT);

        for (const fault of ['rate-limit', 'server-error', 'error-after-record', 'drop', 'timeout'] as const) {
          expect(injected.get(fault) ?? 0, fault).toBeGreaterThan(0);
        }
        const counts = countByReference(fake);
        expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);
        for (const reference of references) expect(counts.get(reference)).toBe(1);
        expect(counts.size).toBe(COUNT);

        expect((await first.outbox.list({ status: 'pending', limit: 1 })).items).toEqual([]);
        expect((await first.outbox.listDead({ limit: 1 })).items).toEqual([]);
        // Both workers took part, and every delivery is recorded once, as sent.
        const sent = [];
        let cursor: string | undefined;
        do {
          const page = await workers[0]!.list({ state: 'sent', limit: 500, ...(cursor ? { cursor } : {}) });
          sent.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        expect(sent.length).toBe(COUNT);
        const sentIds = new Set(fake.messages.map((message) => message.id));
        for (const item of sent) expect(sentIds.has(item.providerId ?? '')).toBe(true);
      } finally {
        await fake.close();
      }
    },
    Math.max(120_000, COUNT * 120),
  );
});
