/**
 * Shared by the load tests: many notifications queued through the storage
 * outbox, delivered by one or more workers through the GOV.UK Notify provider
 * to the fake Notify server, which injects faults at random (429s, 500s before
 * and after recording the message, dropped connections, timeouts).
 */
import type { Store } from '@civicbricks/storage';
import type { Template } from '../../src/index.js';
import { createNotifyProvider, RollingRateLimiter } from '../../src/notify/index.js';
import { createNotificationDelivery, queueNotification, type NotificationDelivery } from '../../src/outbox/index.js';
import { startFakeNotify, type Fault, type FakeNotify } from './fake-notify.js';

export const SERVICE_ID = '26785a09-ab16-4eb0-8407-a37497a57506';
export const SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
const EMAIL_TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';
const SMS_TEMPLATE = '4f2d8a84-0c21-4f3e-9d8f-0a6b9e9c5e21';

export const loadTemplates: Record<'email' | 'sms', Template> = {
  email: {
    id: 'load-email',
    type: 'email',
    variants: { en: { subject: 'Registration ((number))', body: '# Thank you\n\nYour number is ((number)).\n\n* Bring ((item))' } },
  },
  sms: { id: 'load-sms', type: 'sms', variants: { en: { body: 'Your registration number is ((number)).' } } },
};

/** Chance of each fault per send request (timeouts are placed, not drawn: see below). */
export const FAULT_RATES: Readonly<Record<'rate-limit' | 'server-error' | 'error-after-record' | 'drop', number>> = {
  'rate-limit': 0.02,
  'server-error': 0.02,
  'error-after-record': 0.02,
  drop: 0.02,
};

/**
 * A fake Notify that answers send requests with faults chosen at random, at
 * {@link FAULT_RATES}, and holds every `timeoutEvery`-th request without an
 * answer (each one costs the client its whole timeout, so they are counted out).
 */
export async function startFaultyNotify(
  random: () => number,
  timeoutEvery: number,
): Promise<{ fake: FakeNotify; injected: Map<Fault, number> }> {
  const injected = new Map<Fault, number>();
  let sends = 0;
  const fake = await startFakeNotify({
    services: [{ serviceId: SERVICE_ID, secret: SECRET }],
    templates: { [EMAIL_TEMPLATE]: 'email', [SMS_TEMPLATE]: 'sms' },
    injectFault: () => {
      sends += 1;
      let fault: Fault | undefined;
      if (sends % timeoutEvery === 0) fault = 'timeout';
      else {
        let roll = random();
        for (const [kind, rate] of Object.entries(FAULT_RATES) as [Fault, number][]) {
          if (roll < rate) {
            fault = kind;
            break;
          }
          roll -= rate;
        }
      }
      if (fault) injected.set(fault, (injected.get(fault) ?? 0) + 1);
      return fault;
    },
  });
  return { fake, injected };
}

/** A Notify provider and delivery for one worker, as one service process would have. */
export function notifyDelivery(store: Store, fake: FakeNotify, options: { batchSize: number; timeoutMs: number }): NotificationDelivery {
  const provider = createNotifyProvider({
    apiKey: `load_test-${SERVICE_ID}-${SECRET}`,
    baseUrl: fake.url,
    templateIds: { 'load-email': EMAIL_TEMPLATE, 'load-sms': SMS_TEMPLATE },
    timeoutMs: options.timeoutMs,
    // Short real waits between attempts inside one send (Notify's own are seconds): after a
    // timeout the lookup must come after the first request could have landed.
    backoff: { initialMs: 20, maxMs: 100, factor: 2 },
    rateLimiter: new RollingRateLimiter({ limit: 1_000_000 }),
  });
  return createNotificationDelivery({
    store,
    provider,
    worker: { batchSize: options.batchSize, maxAttempts: 25, backoff: { initialMs: 2, maxMs: 20, factor: 2 }, leaseMs: 30_000 },
  });
}

/** Queues `count` notifications, `perTransaction` at a time, each with a state change beside it. Returns their references. */
export async function queueMany(store: Store, count: number, perTransaction: number, prefix: string): Promise<string[]> {
  const references: string[] = [];
  for (let start = 0; start < count; start += perTransaction) {
    const end = Math.min(count, start + perTransaction);
    const batch = await store.transaction(async (tx) => {
      const queued: string[] = [];
      for (let n = start; n < end; n += 1) {
        const type = n % 2 === 0 ? 'email' : 'sms';
        const result = await queueNotification(tx, {
          template: loadTemplates[type],
          to: type === 'email' ? `person${n}@example.com` : `07700 9${String(n % 100_000).padStart(5, '0')}`,
          personalisation: { number: `${prefix}-${n}`, item: 'proof of address' },
          idempotencyKey: `${prefix}:registration:${n}`,
        });
        queued.push(result.reference);
      }
      return queued;
    });
    references.push(...batch);
  }
  return references;
}

/** Runs the workers until nothing is left pending; returns how many messages each one delivered. */
export async function drain(store: Store, deliveries: readonly NotificationDelivery[]): Promise<number[]> {
  const runOne = async (delivery: NotificationDelivery): Promise<number> => {
    let delivered = 0;
    for (;;) {
      const result = await delivery.worker.runOnce();
      delivered += result.delivered;
      if (result.claimed > 0) continue;
      const pending = await store.outbox.list({ status: 'pending', limit: 1 });
      if (pending.items.length === 0) return delivered;
      // What is left is waiting out a backoff of a few milliseconds.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return Promise.all(deliveries.map(runOne));
}

/** How many messages the fake server recorded for each reference. */
export function countByReference(fake: FakeNotify): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of fake.messages) {
    const reference = message.reference ?? '(none)';
    counts.set(reference, (counts.get(reference) ?? 0) + 1);
  }
  return counts;
}
