/**
 * The duplicate window: when Notify takes longer to answer than the client
 * waits, the message is usually created all the same. Before sending again the
 * provider must look the reference up for longer than its timeout, and report
 * a message it sent again without finding the first.
 *
 * Notify here is a stand-in `fetch` on a manual clock, so "Notify is slower
 * than the client" is exact rather than a race against the machine's load: a
 * POST is created `processingMs` of clock time after it arrives and is never
 * answered (the client times out); a lookup sees only what has been created.
 */
import { createStore, type Store } from '@civicbricks/storage';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '../src/index.js';
import { createNotifyProvider, type NotifyProviderOptions } from '../src/notify/index.js';
import { createNotificationDelivery, notificationsMigrations, queueNotification } from '../src/outbox/index.js';

const SERVICE_ID = '26785a09-ab16-4eb0-8407-a37497a57506';
const API_KEY = `my_test_key-${SERVICE_ID}-3d844edf-8d35-48ac-975b-e847b4f122b0`;
const TEMPLATE_ID = '4f2d8a84-0c21-4f3e-9d8f-0a6b9e9c5e21';
const sms: Template = { id: TEMPLATE_ID, type: 'sms', variants: { en: { body: 'Your code is ((code))' } } };
const CLIENT_TIMEOUT_MS = 20;

interface SlowNotify {
  readonly fetch: typeof fetch;
  readonly clock: () => Date;
  advance(ms: number): void;
  /** Every message created, with the clock time it became visible. */
  readonly created: { reference: string; visibleAt: number }[];
  readonly posts: number;
}

/** `answerFrom`: the POST (counting from 1) from which Notify answers at once, having created the message. */
function slowNotify(processingMs: number, options: { readonly answerFrom?: number } = {}): SlowNotify {
  let now = Date.parse('2030-03-04T09:00:00Z');
  let posts = 0;
  const created: { reference: string; visibleAt: number }[] = [];
  const fetchStub = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    expect(new Headers(init?.headers).get('authorization')).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    if (init?.method === 'POST') {
      expect(url.pathname).toBe('/v2/notifications/sms');
      const body = JSON.parse(String(init.body)) as { reference?: unknown; template_id?: unknown };
      expect(body.template_id).toBe(TEMPLATE_ID);
      posts += 1;
      if (options.answerFrom !== undefined && posts >= options.answerFrom) {
        created.push({ reference: String(body.reference), visibleAt: now });
        const id = `${created.length}`.padStart(8, '0') + '-0000-4000-8000-000000000000';
        return new Response(JSON.stringify({ id, reference: body.reference }), { status: 201 });
      }
      created.push({ reference: String(body.reference), visibleAt: now + processingMs });
      // Never answered: the client gives up after its timeout, which takes that long on the clock too.
      return new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => {
          now += CLIENT_TIMEOUT_MS;
          reject(new DOMException('The operation was aborted.', 'AbortError'));
        });
      });
    }
    expect(url.pathname).toBe('/v2/notifications');
    const reference = url.searchParams.get('reference');
    const notifications = created
      .filter((message) => message.reference === reference && message.visibleAt <= now)
      .map((message, index) => ({
        id: `${index + 1}`.padStart(8, '0') + '-0000-4000-8000-000000000000',
        reference: message.reference,
        type: 'sms',
        status: 'created',
        template: { id: TEMPLATE_ID },
        created_at: new Date(message.visibleAt).toISOString(),
      }))
      .reverse();
    return new Response(JSON.stringify({ notifications }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return {
    fetch: fetchStub as typeof fetch,
    clock: () => new Date(now),
    advance: (ms) => void (now += ms),
    created,
    get posts() {
      return posts;
    },
  };
}

function provider(notify: SlowNotify, options: Partial<NotifyProviderOptions> = {}) {
  return createNotifyProvider({
    apiKey: API_KEY,
    baseUrl: 'https://api.notifications.service.gov.uk',
    fetch: notify.fetch,
    clock: notify.clock,
    sleep: async (ms) => notify.advance(ms),
    timeoutMs: CLIENT_TIMEOUT_MS,
    backoff: { initialMs: 10, maxMs: 10, factor: 1 },
    lookupWindowMs: 1_000,
    lookupIntervalMs: 100,
    ...options,
  });
}

const message = { template: sms, to: '07700 900123', personalisation: { code: '4411' }, reference: 'code-7Q4X9' };

describe('the Notify provider after a lost answer', () => {
  it('keeps looking for longer than its timeout, finds the message Notify was still creating, and sends nothing twice', async () => {
    const notify = slowNotify(500);
    const result = await provider(notify).send(message);
    expect(result).toMatchObject({ alreadySent: true, reference: 'code-7Q4X9' });
    expect(result).not.toHaveProperty('possibleDuplicate');
    expect(notify.posts).toBe(1);
  });

  it('reports a possible duplicate when Notify is slower than the whole window', async () => {
    const notify = slowNotify(5_000, { answerFrom: 2 });
    const sent = await provider(notify).send(message);
    expect(sent).toMatchObject({ alreadySent: false, possibleDuplicate: true });
    expect(notify.posts).toBe(2);
  });

  it('looks for the whole window on a later attempt when the attempt before lost its answer', async () => {
    const notify = slowNotify(500);
    await provider(notify, { maxAttempts: 1 })
      .send(message)
      .catch(() => undefined);
    expect(notify.posts).toBe(1);
    const retry = await provider(notify).send(message, { attempt: 2, previousAnswerLost: true });
    expect(retry).toMatchObject({ alreadySent: true });
    expect(notify.posts).toBe(1);
  });

  it('refuses a lookup window no longer than the timeout', () => {
    const notify = slowNotify(0);
    expect(() => provider(notify, { timeoutMs: 1_000, lookupWindowMs: 1_000 })).toThrow(
      expect.objectContaining({ code: 'notifications.notify.lookup_window', path: ['lookupWindowMs'] }),
    );
  });
});

describe('delivering through the outbox with a slow Notify', () => {
  let store: Store;
  beforeEach(async () => {
    store = await createStore({ adapter: 'memory', migrations: [notificationsMigrations] });
  });
  afterEach(async () => {
    await store.close();
  });

  async function deliverTwice(processingMs: number) {
    const notify = slowNotify(processingMs, { answerFrom: 2 });
    const delivery = createNotificationDelivery({
      store,
      provider: provider(notify, { maxAttempts: 1 }),
      clock: notify.clock,
      worker: { clock: notify.clock, backoff: { initialMs: 10, maxMs: 10, factor: 1 }, random: () => 0.5 },
    });
    const { reference: _ours, ...queued } = message;
    await store.transaction((tx) => queueNotification(tx, { ...queued, idempotencyKey: 'code:7Q4X9' }));
    expect(await delivery.worker.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    expect(await delivery.get('code:7Q4X9')).toMatchObject({ state: 'retrying', error: 'notifications.notify.timeout' });
    notify.advance(100);
    expect(await delivery.worker.runOnce()).toMatchObject({ claimed: 1, delivered: 1 });
    return { notify, delivery };
  }

  it('finds the first message on the retry instead of sending it again', async () => {
    const { notify, delivery } = await deliverTwice(500);
    expect(notify.posts).toBe(1);
    expect(await delivery.get('code:7Q4X9')).toMatchObject({ state: 'sent', alreadySent: true, possibleDuplicate: false });
    expect((await delivery.list({ possibleDuplicate: true })).items).toEqual([]);
  });

  it('lists a message sent again after the window as a possible duplicate', async () => {
    const { notify, delivery } = await deliverTwice(60_000);
    expect(notify.posts).toBe(2);
    const record = await delivery.get('code:7Q4X9');
    expect(record).toMatchObject({ state: 'sent', alreadySent: false, possibleDuplicate: true });
    expect((await delivery.list({ possibleDuplicate: true })).items.map((item) => item.id)).toEqual([record?.id]);
  });
});
