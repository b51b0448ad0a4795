import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMAIL_STATUSES, isStatusAdvance, LETTER_STATUSES, SMS_STATUSES, type NotificationStatus } from '../src/index.js';
import { createDeliveryReceiptHandler, type StatusUpdate } from '../src/notify/index.js';

const TOKEN = 'callback-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

function receipt(status: string, overrides: Record<string, unknown> = {}) {
  return {
    id: '740e5834-3a29-46b4-9a6f-16142fde533a',
    reference: 'case-1',
    to: 'resident@example.com',
    status,
    created_at: '2025-01-06T10:00:00.000000Z',
    completed_at: status === 'delivered' ? '2025-01-06T10:00:05.000000Z' : null,
    sent_at: '2025-01-06T10:00:01.000000Z',
    notification_type: 'email',
    template_id: 'f33517ff-2a88-4f6e-b855-c550268ce08a',
    template_version: 1,
    ...overrides,
  };
}

describe('delivery receipts', () => {
  it('applies a receipt with the right bearer token', async () => {
    const updates: StatusUpdate[] = [];
    const handle = createDeliveryReceiptHandler({ bearerToken: TOKEN, onStatus: (u) => void updates.push(u) });
    const result = await handle(auth, receipt('delivered'));
    expect(result.statusCode).toBe(200);
    expect(result.body.result).toBe('applied');
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ status: 'delivered', previous: undefined, type: 'email', reference: 'case-1' });
  });

  it('refuses a missing, wrong, differently sized or non-bearer token', async () => {
    const updates: StatusUpdate[] = [];
    const handle = createDeliveryReceiptHandler({ bearerToken: TOKEN, onStatus: (u) => void updates.push(u) });
    for (const headers of [
      {},
      { authorization: 'Bearer wrong-token-0123456789' },
      { authorization: `Bearer ${TOKEN}x` },
      { authorization: `Basic ${TOKEN}` },
      { Authorization: `Bearer ${TOKEN.slice(0, -1)}` },
    ]) {
      const result = await handle(headers, receipt('delivered'));
      expect(result.statusCode).toBe(401);
    }
    expect(updates).toHaveLength(0);
    // Header names are case-insensitive, and a Fetch API Headers object works too.
    expect((await handle({ Authorization: `Bearer ${TOKEN}` }, receipt('sending'))).statusCode).toBe(200);
    expect((await handle(new Headers(auth), receipt('delivered'))).statusCode).toBe(200);
  });

  it('refuses a body that is not a Notify receipt', async () => {
    const handle = createDeliveryReceiptHandler({ bearerToken: TOKEN, onStatus: () => undefined });
    expect((await handle(auth, '{not json')).statusCode).toBe(400);
    expect((await handle(auth, { id: 'x' })).statusCode).toBe(400);
    expect((await handle(auth, receipt('received'))).statusCode).toBe(400); // a letter status on an email
    expect((await handle(auth, receipt('delivered', { template_version: '1' }))).statusCode).toBe(400);
    expect((await handle(auth, JSON.stringify(receipt('delivered')))).statusCode).toBe(200);
  });

  it('moves statuses forward only: a late "sending" never overwrites "delivered"', async () => {
    const updates: StatusUpdate[] = [];
    const handle = createDeliveryReceiptHandler({ bearerToken: TOKEN, onStatus: (u) => void updates.push(u) });
    await handle(auth, receipt('sending'));
    await handle(auth, receipt('delivered'));
    const late = await handle(auth, receipt('sending'));
    const repeat = await handle(auth, receipt('delivered'));
    expect(late.body.result).toBe('ignored');
    expect(late.statusCode).toBe(200);
    expect(repeat.body.result).toBe('ignored');
    expect(updates.map((u) => `${u.previous ?? '-'}>${u.status}`)).toEqual(['->sending', 'sending>delivered']);
  });

  it('uses the stored status when given one, and applies racing receipts one at a time', async () => {
    const store = new Map<string, NotificationStatus>([['740e5834-3a29-46b4-9a6f-16142fde533a', 'delivered']]);
    const handle = createDeliveryReceiptHandler({
      bearerToken: TOKEN,
      currentStatus: async (id) => store.get(id),
      onStatus: async (u) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        store.set(u.id, u.status);
      },
    });
    expect((await handle(auth, receipt('sending'))).body.result).toBe('ignored');
    store.clear();
    const results = await Promise.all([handle(auth, receipt('delivered')), handle(auth, receipt('sending'))]);
    expect(results.map((r) => r.body.result)).toEqual(['applied', 'ignored']);
    expect(store.get('740e5834-3a29-46b4-9a6f-16142fde533a')).toBe('delivered');
  });

  it('answers 500 when recording fails, so Notify tries again, and applies the retry', async () => {
    let fail = true;
    const handle = createDeliveryReceiptHandler({
      bearerToken: TOKEN,
      onStatus: () => {
        if (fail) throw new Error('database down');
      },
    });
    expect((await handle(auth, receipt('delivered'))).statusCode).toBe(500);
    fail = false;
    expect((await handle(auth, receipt('delivered'))).body.result).toBe('applied');
  });

  it('needs a bearer token of at least 10 characters', () => {
    expect(() => createDeliveryReceiptHandler({ bearerToken: 'short', onStatus: () => undefined })).toThrow(/at least 10/);
  });
});

describe('isStatusAdvance', () => {
  const types = [
    ['email', EMAIL_STATUSES],
    ['sms', SMS_STATUSES],
    ['letter', LETTER_STATUSES],
  ] as const;

  it('knows the life of each type of message', () => {
    expect(isStatusAdvance('created', 'sending', 'email')).toBe(true);
    expect(isStatusAdvance('sending', 'delivered', 'email')).toBe(true);
    expect(isStatusAdvance('delivered', 'sending', 'email')).toBe(false);
    expect(isStatusAdvance('delivered', 'permanent-failure', 'email')).toBe(false);
    expect(isStatusAdvance('pending', 'sent', 'sms')).toBe(true);
    expect(isStatusAdvance('sent', 'delivered', 'sms')).toBe(true);
    expect(isStatusAdvance('pending', 'sending', 'sms')).toBe(false);
    expect(isStatusAdvance('delivered', 'pending', 'email')).toBe(false); // not an email status
    expect(isStatusAdvance('pending', 'delivered', 'email')).toBe(true); // a stored status that is not the type's counts as none
    expect(isStatusAdvance('accepted', 'received', 'letter')).toBe(true);
    expect(isStatusAdvance('received', 'accepted', 'letter')).toBe(false);
    expect(isStatusAdvance(undefined, 'created', 'email')).toBe(true);
  });

  it('is a strict order: never both ways, never to itself, transitive', () => {
    for (const [type, statuses] of types) {
      const status = fc.constantFrom(...statuses);
      fc.assert(
        fc.property(status, status, status, (a, b, c) => {
          expect(isStatusAdvance(a, a, type)).toBe(false);
          if (isStatusAdvance(a, b, type)) expect(isStatusAdvance(b, a, type)).toBe(false);
          if (isStatusAdvance(a, b, type) && isStatusAdvance(b, c, type)) expect(isStatusAdvance(a, c, type)).toBe(true);
        }),
      );
    }
  });

  it('applying receipts in any order ends at a status no later receipt could move', () => {
    for (const [type, statuses] of types) {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...statuses), { minLength: 1, maxLength: 12 }), (sequence) => {
          let current: NotificationStatus | undefined;
          for (const next of sequence) if (isStatusAdvance(current, next, type)) current = next;
          for (const next of sequence) expect(isStatusAdvance(current, next, type)).toBe(false);
        }),
      );
    }
  });
});
