/**
 * Queueing inside a storage transaction and delivering through the outbox,
 * on the memory adapter (the same code runs on PGlite and PostgreSQL in
 * delivery-load.test.ts and delivery-postgres.test.ts).
 */
import { CivicError, UnavailableError, ValidationError } from '@civicbricks/core/errors';
import { createStore, type OutboxDelivery, type Store } from '@civicbricks/storage';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MissingPersonalisationError, SmsTooLongError, type NotificationProvider, type Template } from '../src/index.js';
import {
  createNotificationDelivery,
  createOutboxProvider,
  deliveryIdForKey,
  notificationsMigrations,
  queueNotification,
  referenceForKey,
  NOTIFICATION_TOPIC,
} from '../src/outbox/index.js';
import { rejection } from '../../../tests/support/rejection.js';

const sms: Template = {
  id: 'case-closed',
  type: 'sms',
  variants: { en: { body: 'Case ((ref)) is closed.' }, cy: { body: 'Mae achos ((ref)) ar gau.' } },
};
const email: Template = {
  id: 'case-closed-email',
  type: 'email',
  variants: { en: { subject: 'Case closed', body: 'Dear ((name)), case ((ref)) is closed.' } },
};
const Case = z.object({ status: z.enum(['open', 'closed']) });

let store: Store;
const clock = () => new Date('2026-05-01T12:00:00Z');
beforeEach(async () => {
  store = await createStore({ adapter: 'memory', migrations: [notificationsMigrations] });
});
afterEach(async () => {
  await store.close();
});

async function closeCase(input: Parameters<typeof queueNotification>[1]) {
  const cases = store.collection('cases.case', Case);
  const created = await cases.insert({ status: 'open' });
  const queued = await store.transaction(async (tx) => {
    await tx.collection('cases.case', Case).update(created.id, created.version, { status: 'closed' });
    return queueNotification(tx, input);
  });
  return { caseId: created.id, queued };
}

describe('queueNotification', () => {
  it('queues the checked message with the state change, with a reference derived from the key', async () => {
    const { queued } = await closeCase({
      template: sms,
      to: '07700 900123',
      personalisation: { ref: 'CB-1' },
      locale: 'cy',
      idempotencyKey: 'case-closed:c-1',
    });
    expect(queued).toMatchObject({
      idempotencyKey: 'case-closed:c-1',
      reference: referenceForKey('case-closed:c-1'),
      created: true,
      type: 'sms',
      locale: 'cy',
      sms: { fragments: 1, encoding: 'gsm' },
    });
    expect(queued.reference).toMatch(/^cb-[a-p]{32}$/);
    const message = await store.outbox.get(queued.outboxId);
    expect(message).toMatchObject({ topic: NOTIFICATION_TOPIC, idempotencyKey: 'case-closed:c-1', status: 'pending' });
    expect(message?.payload).toEqual({
      v: 1,
      message: { template: sms, to: '07700 900123', personalisation: { ref: 'CB-1' }, locale: 'cy', reference: queued.reference },
    });
  });

  it('keeps one message per idempotency key', async () => {
    const input = { template: sms, to: '07700 900123', personalisation: { ref: 'CB-2' }, idempotencyKey: 'case-closed:c-2' };
    const first = await store.transaction((tx) => queueNotification(tx, input));
    const again = await store.transaction((tx) => queueNotification(tx, input));
    expect(again).toMatchObject({ outboxId: first.outboxId, created: false });
    expect((await store.outbox.list({ topic: NOTIFICATION_TOPIC })).items).toHaveLength(1);
  });

  it('fails at queue time, typed, and the whole state change rolls back', async () => {
    const cases = store.collection('cases.case', Case);
    const created = await cases.insert({ status: 'open' });
    const attempt = (input: Parameters<typeof queueNotification>[1]) =>
      rejection(
        store.transaction(async (tx) => {
          await tx.collection('cases.case', Case).update(created.id, created.version, { status: 'closed' });
          await queueNotification(tx, input);
        }),
      );
    expect(await attempt({ template: sms, to: '07700 900123', personalisation: {}, idempotencyKey: 'k-missing' })).toBeInstanceOf(
      MissingPersonalisationError,
    );
    const tooLong = await attempt({
      template: sms,
      to: '07700 900123',
      personalisation: { ref: 'x'.repeat(910) },
      idempotencyKey: 'k-long',
    });
    expect(tooLong).toBeInstanceOf(SmsTooLongError);
    expect(tooLong).toMatchObject({ code: 'notifications.sms_too_long' });
    const personal = await attempt({
      template: sms,
      to: '07700 900123',
      personalisation: { ref: '1' },
      reference: 'SW1A 1AA',
      idempotencyKey: 'k-pd',
    });
    expect(personal).toMatchObject({ code: 'notifications.reference_personal_data' });
    expect(
      await attempt({ template: email, to: '07700 900123', personalisation: { name: 'A', ref: '1' }, idempotencyKey: 'k-to' }),
    ).toMatchObject({
      code: 'notifications.invalid_recipient',
    });
    expect(await attempt({ template: sms, to: '07700 900123', personalisation: { ref: '1' }, idempotencyKey: '' })).toBeInstanceOf(
      ValidationError,
    );
    expect(await rejection(queueNotification({} as never, { template: sms, idempotencyKey: 'k' }))).toMatchObject({
      code: 'notifications.queue.transaction',
    });
    expect((await cases.require(created.id)).data.status).toBe('open');
    expect((await store.outbox.list()).items).toEqual([]);
  });
});

describe('createNotificationDelivery', () => {
  it('delivers through the outbox provider and records the delivery without personal data', async () => {
    const provider = createOutboxProvider({ store, clock });
    const delivery = createNotificationDelivery({ store, provider, clock });
    const { queued } = await closeCase({
      template: email,
      to: 'sam@example.com',
      personalisation: { name: 'Sam', ref: 'CB-9' },
      idempotencyKey: 'case-closed:c-9',
    });

    expect(await delivery.worker.runOnce()).toMatchObject({ claimed: 1, delivered: 1 });
    const stored = (await provider.list({ reference: queued.reference })).items;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ to: 'sam@example.com', subject: 'Case closed', status: 'delivered' });

    const record = await delivery.get('case-closed:c-9');
    expect(record).toEqual({
      id: deliveryIdForKey('case-closed:c-9'),
      outboxId: queued.outboxId,
      reference: queued.reference,
      type: 'email',
      templateId: 'case-closed-email',
      state: 'sent',
      status: 'created',
      provider: 'outbox',
      providerId: stored[0]?.id,
      alreadySent: false,
      possibleDuplicate: false,
      attempts: 1,
      error: null,
      queuedAt: expect.any(String),
      sentAt: '2026-05-01T12:00:00.000Z',
      updatedAt: '2026-05-01T12:00:00.000Z',
    });
    expect(JSON.stringify(record)).not.toMatch(/sam@example\.com|Sam|case-closed:c-9/);
    expect((await store.outbox.get(queued.outboxId))?.status).toBe('delivered');
    expect((await delivery.list({ state: 'sent' })).items).toHaveLength(1);

    // Receipts move the recorded status forward only.
    expect(await delivery.recordStatus({ id: stored[0]!.id, status: 'delivered' })).toBe(true);
    expect(await delivery.recordStatus({ id: stored[0]!.id, status: 'sending' })).toBe(false);
    expect(await delivery.recordStatus({ id: 'unknown', status: 'delivered' })).toBe(false);
    expect((await delivery.get('case-closed:c-9'))?.status).toBe('delivered');
  });

  it('retries a retryable failure, passing the attempt so the provider looks the reference up first', async () => {
    const inner = createOutboxProvider({ store, clock });
    const attempts: number[] = [];
    // Stores the message, then fails as if the answer were lost: the ambiguous case.
    const flaky: NotificationProvider = {
      name: 'flaky',
      status: (id) => inner.status(id),
      findByReference: (reference) => inner.findByReference(reference),
      async send(message, options) {
        attempts.push(options?.attempt ?? 1);
        const result = await inner.send(message, options);
        if (attempts.length === 1) throw new UnavailableError('test.lost_answer', 'The answer was lost');
        return result;
      },
    };
    // The worker's clock must be past the time the store queued the message at.
    let now = new Date(Date.now() + 1000);
    const delivery = createNotificationDelivery({
      store,
      provider: flaky,
      clock: () => now,
      worker: { clock: () => now, backoff: { initialMs: 1000 } },
    });
    const { queued } = await closeCase({
      template: sms,
      to: '07700 900123',
      personalisation: { ref: 'CB-3' },
      idempotencyKey: 'case-closed:c-3',
    });

    expect(await delivery.worker.runOnce()).toMatchObject({ retried: 1 });
    expect(await delivery.get('case-closed:c-3')).toMatchObject({ state: 'retrying', error: 'test.lost_answer', attempts: 1 });
    now = new Date(now.getTime() + 5000);
    expect(await delivery.worker.runOnce()).toMatchObject({ delivered: 1 });
    expect(attempts).toEqual([1, 2]);
    expect((await inner.list({ reference: queued.reference })).items).toHaveLength(1);
    expect(await delivery.get('case-closed:c-3')).toMatchObject({ state: 'sent', alreadySent: true, attempts: 2, error: null });
  });

  it('records a permanent failure and does not retry it', async () => {
    let sends = 0;
    const refusing: NotificationProvider = {
      name: 'refusing',
      status: () => Promise.reject(new Error('unused')),
      findByReference: () => Promise.resolve(undefined),
      send: () => {
        sends += 1;
        return Promise.reject(
          new CivicError('notifications.smtp.rejected', 'The SMTP server refused the message (550)', { retryable: false }),
        );
      },
    };
    const delivery = createNotificationDelivery({ store, provider: refusing, clock });
    const { queued } = await closeCase({
      template: email,
      to: 'a@example.com',
      personalisation: { name: 'A', ref: '1' },
      idempotencyKey: 'k-perm',
    });
    expect(await delivery.worker.runOnce()).toMatchObject({ delivered: 1, retried: 0 });
    expect(await delivery.worker.runOnce()).toMatchObject({ claimed: 0 });
    expect(sends).toBe(1);
    expect(await delivery.get('k-perm')).toMatchObject({
      state: 'failed',
      error: 'notifications.smtp.rejected',
      outboxId: queued.outboxId,
    });
  });

  it('records a payload it cannot read as failed', async () => {
    const delivery = createNotificationDelivery({ store, provider: createOutboxProvider({ store }), clock });
    await store.outbox.enqueue({ topic: NOTIFICATION_TOPIC, payload: { v: 99 }, idempotencyKey: 'k-bad' });
    await store.outbox.enqueue({
      topic: NOTIFICATION_TOPIC,
      payload: { v: 1, message: { template: sms, reference: 'r' } },
      idempotencyKey: 'k-bad-2',
    });
    expect(await delivery.worker.runOnce()).toMatchObject({ delivered: 2 });
    expect(await delivery.get('k-bad')).toMatchObject({ state: 'failed', error: 'notifications.delivery.bad_payload' });
    expect(await delivery.get('k-bad-2')).toMatchObject({ state: 'failed', error: 'notifications.invalid_recipient' });
  });

  it('offers its handler for a worker shared with other topics', async () => {
    const provider = createOutboxProvider({ store });
    const delivery = createNotificationDelivery({ store, provider });
    const seen: OutboxDelivery[] = [];
    const { createOutboxWorker } = await import('@civicbricks/storage');
    const worker = createOutboxWorker({
      store,
      handlers: { ...delivery.handlers, 'cases.audit': async (message) => void seen.push(message) },
    });
    await closeCase({ template: sms, to: '07700 900123', personalisation: { ref: 'CB-4' }, idempotencyKey: 'k-shared' });
    await store.outbox.enqueue({ topic: 'cases.audit', payload: {} });
    expect(await worker.runOnce()).toMatchObject({ delivered: 2 });
    expect(seen).toHaveLength(1);
    expect((await delivery.get('k-shared'))?.state).toBe('sent');
    expect(() => createNotificationDelivery({ store } as never)).toThrow(CivicError);
  });
});

describe('referenceForKey', () => {
  it('is stable, differs by key and never looks like personal data', async () => {
    const { referencePersonalData } = await import('../src/index.js');
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.string({ minLength: 1, maxLength: 200 }), (a, b) => {
        const reference = referenceForKey(a);
        expect(reference).toBe(referenceForKey(a));
        expect(referencePersonalData(reference)).toBeUndefined();
        if (a !== b) expect(referenceForKey(b)).not.toBe(reference);
      }),
    );
    // Keys whose digests start with long digit runs were once read as phone numbers.
    for (let n = 0; n < 20_000; n += 1) expect(referencePersonalData(referenceForKey(`load:registration:${n}`))).toBeUndefined();
  });
});
