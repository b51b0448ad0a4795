/**
 * Notifications through the storage outbox on PGlite (one instance for the
 * file), delivered through the GOV.UK Notify provider to the fake Notify
 * server while it injects faults at random. Each must reach the server
 * exactly once, counted by reference, and none may be lost.
 *
 * `npm test` runs 600 messages with a fixed seed, which takes seconds and
 * still draws every kind of fault many times; `npm run load:notifications`
 * runs the full 10,000 (several minutes on two cores). Both take
 * LOAD_COUNT and LOAD_SEED from the environment to repeat a failing run.
 */
import { createStore, type Store } from '@civicbricks/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotificationDelivery, createOutboxProvider, notificationsMigrations, queueNotification } from '../src/outbox/index.js';
import { countByReference, drain, loadTemplates, notifyDelivery, queueMany, startFaultyNotify } from './support/delivery-load.js';
import { seededRandom } from '../../storage/test/support/random.js';

const COUNT = Number(process.env['LOAD_COUNT'] ?? 600);
const SEED = Number(process.env['LOAD_SEED'] ?? 20_260_301);
// A held request costs its worker the whole client timeout, so a small run holds fewer of them.
const TIMEOUT_EVERY = COUNT >= 5000 ? 1500 : 150;
// Each other fault is drawn for 2% of sends; a run of COUNT messages makes more than COUNT sends.
const FEWEST_OF_EACH_FAULT = Math.floor(COUNT * 0.01);

let store: Store;
beforeAll(async () => {
  store = await createStore({ adapter: 'pglite', migrations: [notificationsMigrations] });
});
afterAll(async () => {
  await store?.close();
});

describe('outbox delivery on PGlite', () => {
  it('delivers through the outbox provider end to end', async () => {
    const provider = createOutboxProvider({ store });
    const delivery = createNotificationDelivery({ store, provider });
    const queued = await store.transaction((tx) =>
      queueNotification(tx, {
        template: loadTemplates.sms,
        to: '07700 900123',
        personalisation: { number: 'E2E-1' },
        idempotencyKey: 'e2e:1',
      }),
    );
    expect(await delivery.worker.runOnce()).toMatchObject({ delivered: 1 });
    const stored = await provider.list({ reference: queued.reference });
    expect(stored.items).toMatchObject([{ text: 'Your registration number is E2E-1.', status: 'delivered' }]);
    expect(await delivery.get('e2e:1')).toMatchObject({ state: 'sent', providerId: stored.items[0]?.id });
  });

  it(
    `delivers ${COUNT.toLocaleString('en-GB')} queued messages exactly once while Notify fails at random (seed ${SEED})`,
    async () => {
      const random = seededRandom(SEED);
      const { fake, injected } = await startFaultyNotify(random, TIMEOUT_EVERY);
      const started = performance.now();
      try {
        const references = await queueMany(store, COUNT, 1000, 'load');
        expect(new Set(references).size).toBe(COUNT);
        const debug = process.env['LOAD_DEBUG'] ? console.info : () => undefined;
        debug(`queued in ${Math.round(performance.now() - started)} ms`);

        // Four workers sharing the database, as four service processes would. Notify has no
        // idempotency key: a request still in flight when the client gives up can land after the
        // lookup and be sent twice (see the README), so the client's timeout must stay far above the
        // real answer time. The fake server and PGlite share this test's event loop, and CI runs other
        // test files beside it on two cores: a 4 s timeout let 21 of 10,000 slow answers be sent twice
        // there, so the timeout is 15 s and concurrency modest (80 requests).
        const workers = [1, 2, 3, 4].map(() => notifyDelivery(store, fake, { batchSize: 20, timeoutMs: 15_000 }));
        await drain(store, workers);
        debug(`delivered in ${Math.round(performance.now() - started)} ms`, Object.fromEntries(injected));

        // Every fault kind was exercised.
        for (const fault of ['rate-limit', 'server-error', 'error-after-record', 'drop', 'timeout'] as const) {
          expect(injected.get(fault) ?? 0, fault).toBeGreaterThan(fault === 'timeout' ? 1 : FEWEST_OF_EACH_FAULT);
        }
        // Exactly once, as far as the server can tell.
        const counts = countByReference(fake);
        expect(counts.size).toBe(COUNT);
        const duplicated = [...counts].filter(([, n]) => n !== 1);
        if (duplicated.length > 0) {
          const diag = notifyDelivery(store, fake, { batchSize: 20, timeoutMs: 15_000 });
          debug('duplicates', duplicated.length);
          for (const [reference] of duplicated.slice(0, 5)) {
            const n = references.indexOf(reference);
            const rec = await diag.get(`load:registration:${n}`);
            debug(
              reference,
              JSON.stringify(rec),
              fake.messages.filter((m) => m.reference === reference).map((m) => m.createdAt),
            );
          }
        }
        expect(duplicated).toEqual([]);
        for (const reference of references) expect(counts.get(reference)).toBe(1);

        // None lost or stuck: every outbox message delivered, none dead.
        expect((await store.outbox.list({ status: 'pending', limit: 1 })).items).toEqual([]);
        expect((await store.outbox.listDead({ limit: 1 })).items).toEqual([]);
        const delivered = await store.outbox.list({ status: 'delivered', topic: 'notifications.send', limit: 500 });
        expect(delivered.items.length).toBe(Math.min(500, COUNT));
        // Every delivery recorded as sent, with Notify's id.
        const sentIds = new Set(fake.messages.map((message) => message.id));
        let recorded = 0;
        let cursor: string | undefined;
        const delivery = notifyDelivery(store, fake, { batchSize: 20, timeoutMs: 15_000 });
        do {
          const page = await delivery.list({ state: 'sent', limit: 500, ...(cursor ? { cursor } : {}) });
          for (const item of page.items) {
            if (item.provider !== 'notify') continue;
            recorded += 1;
            expect(sentIds.has(item.providerId ?? '')).toBe(true);
          }
          cursor = page.nextCursor;
        } while (cursor);
        expect(recorded).toBe(COUNT);
        expect((await delivery.list({ state: 'failed', limit: 1 })).items).toEqual([]);
      } finally {
        await fake.close();
      }
    },
    Math.max(120_000, COUNT * 60),
  );
});
