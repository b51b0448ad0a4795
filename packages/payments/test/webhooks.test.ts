import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PaymentStatus } from '../src/index.js';
import {
  createNodeWebhookListener,
  createPayWebhookHandler,
  signPayWebhook,
  verifyPaySignature,
  type PayWebhookEvent,
} from '../src/webhooks/index.js';

const SECRET = 'webhook_test_s3cr3t-4f9a';
const PAYMENT_ID = 'hu20sqlact5260q2nanm0q8u93';

function message(id: string, status: PaymentStatus, eventType = `card_payment_${status}`): string {
  return JSON.stringify({
    webhook_message_id: id,
    api_version: 1,
    created_date: '2026-12-07T10:00:00.000Z',
    resource_id: PAYMENT_ID,
    resource_type: 'payment',
    event_type: eventType,
    resource: { payment_id: PAYMENT_ID, amount: 1000, reference: 'BB-1', state: { status, finished: status === 'success' } },
  });
}

const signed = (body: string, secret = SECRET) => ({ 'Pay-Signature': signPayWebhook(body, secret) });

function setUp() {
  const events: PayWebhookEvent[] = [];
  const handle = createPayWebhookHandler({ signingSecret: SECRET, onEvent: (event) => void events.push(event) });
  return { events, handle };
}

describe('Pay-Signature', () => {
  it('is the lowercase hex HMAC-SHA256 of the raw body', () => {
    // Worked out independently: printf '{"a":1}' | openssl dgst -sha256 -hmac 'webhook_test_s3cr3t-4f9a'
    const expected = '6908ed9ccd34adab366e68eb2236bad3d43cb64bc06197253c0d442c74249a53';
    expect(signPayWebhook('{"a":1}', SECRET)).toBe(expected);
    expect(signPayWebhook(Buffer.from('{"a":1}'), SECRET)).toBe(expected);
    expect(verifyPaySignature('{"a":1}', expected, SECRET)).toBe(true);
    expect(verifyPaySignature('{"a":1}', signPayWebhook('{"a":1}', SECRET).toUpperCase(), SECRET)).toBe(false);
  });

  it('refuses any changed byte of the body, and any other secret (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 300 }),
        fc.string({ minLength: 8, maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (body, secret, at, flip) => {
          const signature = signPayWebhook(body, secret);
          expect(verifyPaySignature(body, signature, secret)).toBe(true);
          const changed = Uint8Array.from(body);
          const index = at % changed.length;
          changed[index] = (changed[index]! ^ flip) & 0xff;
          expect(verifyPaySignature(changed, signature, secret)).toBe(false);
          expect(verifyPaySignature(body, signature, `${secret}x`)).toBe(false);
        },
      ),
      { seed: 20261208, numRuns: 200 },
    );
  });
});

describe('the webhook handler', () => {
  it('applies a verified message once, with the payment it is about', async () => {
    const { events, handle } = setUp();
    const body = message('msg-1', 'success', 'card_payment_succeeded');
    const result = await handle(body, signed(body));
    expect(result).toMatchObject({ statusCode: 200, body: { result: 'applied' } });
    expect(events).toEqual([
      {
        eventId: 'msg-1',
        eventType: 'card_payment_succeeded',
        paymentId: PAYMENT_ID,
        createdDate: '2026-12-07T10:00:00.000Z',
        reportedStatus: 'success',
        previousStatus: undefined,
        newStatus: 'success',
      },
    ]);
  });

  it('refuses a missing or wrong signature with 401 and records nothing', async () => {
    const { events, handle } = setUp();
    const body = message('msg-1', 'success');
    expect((await handle(body, {})).statusCode).toBe(401);
    expect((await handle(body, signed(body, 'another-secret'))).statusCode).toBe(401);
    expect((await handle(body, { 'pay-signature': 'not hex' })).statusCode).toBe(401);
    expect((await handle(`${body} `, signed(body))).statusCode).toBe(401);
    expect(events).toHaveLength(0);
    // Nothing was remembered either: the same message, signed, is still new.
    expect((await handle(body, signed(body))).body.result).toBe('applied');
  });

  it('takes headers as a Headers object and a raw Buffer body', async () => {
    const { events, handle } = setUp();
    const body = message('msg-1', 'started');
    const result = await handle(Buffer.from(body), new Headers(signed(body)));
    expect(result.statusCode).toBe(200);
    expect(events).toHaveLength(1);
  });

  it('deduplicates by message id, even when two deliveries race', async () => {
    const { events, handle } = setUp();
    const body = message('msg-1', 'success');
    const results = await Promise.all([handle(body, signed(body)), handle(body, signed(body)), handle(body, signed(body))]);
    expect(results.map((result) => result.body.result).sort()).toEqual(['applied', 'duplicate', 'duplicate']);
    expect(events).toHaveLength(1);
  });

  it('never moves a payment backwards: a late "started" after "success" is passed on without a new status', async () => {
    const { events, handle } = setUp();
    const late = message('msg-1', 'started');
    const success = message('msg-2', 'success');
    const refunded = message('msg-3', 'success', 'card_payment_refunded');
    await handle(success, signed(success));
    await handle(late, signed(late));
    await handle(refunded, signed(refunded));
    expect(events.map((event) => [event.eventId, event.previousStatus, event.newStatus])).toEqual([
      ['msg-2', undefined, 'success'],
      ['msg-1', 'success', undefined],
      ['msg-3', 'success', undefined],
    ]);
  });

  it('uses the stored status and seen ids when given them', async () => {
    const seen = new Set<string>(['msg-old']);
    const events: PayWebhookEvent[] = [];
    const handle = createPayWebhookHandler({
      signingSecret: SECRET,
      onEvent: (event) => void events.push(event),
      hasSeen: (id) => seen.has(id),
      markSeen: (id) => void seen.add(id),
      currentStatus: () => 'submitted',
    });
    const old = message('msg-old', 'created');
    expect((await handle(old, signed(old))).body.result).toBe('duplicate');
    const body = message('msg-new', 'success');
    await handle(body, signed(body));
    expect(events[0]).toMatchObject({ previousStatus: 'submitted', newStatus: 'success' });
    expect(seen.has('msg-new')).toBe(true);
  });

  it('answers 500 when recording fails, so GOV.UK Pay sends the message again, and then applies it', async () => {
    let fail = true;
    const events: PayWebhookEvent[] = [];
    const handle = createPayWebhookHandler({
      signingSecret: SECRET,
      onEvent: (event) => {
        if (fail) throw new Error('database down');
        events.push(event);
      },
    });
    const body = message('msg-1', 'success');
    expect((await handle(body, signed(body))).statusCode).toBe(500);
    fail = false;
    expect((await handle(body, signed(body))).body.result).toBe('applied');
    expect(events).toHaveLength(1);
  });

  it('refuses a signed body that is not a payment message', async () => {
    const { handle } = setUp();
    for (const body of ['not json', '{"webhook_message_id":"x"}', message('m', 'success').replace('"payment"', '"agreement"')]) {
      expect((await handle(body, signed(body))).statusCode).toBe(400);
    }
  });

  it('refuses to start without a secret or with only one of hasSeen and markSeen', () => {
    expect(() => createPayWebhookHandler({ signingSecret: '', onEvent: () => undefined })).toThrow(/signing secret/);
    expect(() => createPayWebhookHandler({ signingSecret: SECRET, onEvent: () => undefined, hasSeen: () => false })).toThrow(/both/);
  });
});

describe('the plain Node listener', () => {
  it('reads the raw body from a real request and answers with the handler status', async () => {
    const { events, handle } = setUp();
    const server = createServer((req, res) => void createNodeWebhookListener(handle, { maxBytes: 4096 })(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pay/webhook`;
    try {
      const body = message('msg-1', 'success');
      const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signed(body) }, body });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ result: 'applied' });
      const forged = await fetch(url, { method: 'POST', headers: { 'pay-signature': '0'.repeat(64) }, body: message('msg-2', 'success') });
      expect(forged.status).toBe(401);
      expect((await fetch(url)).status).toBe(405);
      const big = await fetch(url, { method: 'POST', body: 'x'.repeat(5000) });
      expect(big.status).toBe(413);
      expect(events.map((event) => event.eventId)).toEqual(['msg-1']);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
