import { CivicError, isCivicError, parseInput } from '@civicbricks/core';
import { z } from 'zod';
import type { OutboxRow, OutboxSettlement } from './backend.js';
import { redactSecrets } from './errors.js';
import { randomHex } from './hash.js';
import { cloneJson, type JsonValue } from './json.js';
import { storeInternals } from './store.js';
import type { Store } from './types.js';

/** What a handler receives: one delivery attempt of one message. */
export interface OutboxDelivery {
  readonly id: string;
  readonly topic: string;
  readonly payload: JsonValue;
  /** The same on every attempt: record it with the effect to make the handler idempotent. */
  readonly idempotencyKey: string;
  /** 1 on the first attempt. */
  readonly attempt: number;
  readonly createdAt: string;
}

/** Delivers one message. Throwing (or rejecting) schedules a retry; returning marks it delivered. */
export type OutboxHandler = (message: OutboxDelivery, context: { readonly signal: AbortSignal }) => Promise<void>;

/** Exponential backoff: `initialMs * factor^(attempt-1)`, capped at `maxMs`, then jittered. */
export interface BackoffOptions {
  /** Delay after the first failure, before jitter; 1 000 ms if absent. */
  readonly initialMs?: number;
  /** Ceiling, before jitter; 15 minutes if absent. */
  readonly maxMs?: number;
  /** Growth per attempt; 2 if absent. */
  readonly factor?: number;
}

/** How a worker delivers. */
export interface OutboxWorkerOptions {
  readonly store: Store;
  /** One handler per topic; the worker only claims topics it has a handler for. */
  readonly handlers: Readonly<Record<string, OutboxHandler>>;
  /** Attempts before a message is dead-lettered; 10 if absent. */
  readonly maxAttempts?: number;
  readonly backoff?: BackoffOptions;
  /** How long a claim lasts before another worker may take the message; renewed while the handler runs. 60 000 ms if absent. */
  readonly leaseMs?: number;
  /** Messages claimed per round; 10 if absent. */
  readonly batchSize?: number;
  /** Pause between empty rounds when started; 1 000 ms if absent. */
  readonly pollIntervalMs?: number;
  /** Injectable for tests; `() => new Date()` if absent. */
  readonly clock?: () => Date;
  /** Injectable for tests; `Math.random` if absent. Returns [0, 1). */
  readonly random?: () => number;
  /** Told about failures of the worker itself (database unavailable) and of handlers; messages are already redacted. */
  readonly onError?: (error: CivicError, context: { readonly messageId?: string; readonly topic?: string }) => void;
}

/** What one round did. */
export interface OutboxRunResult {
  readonly claimed: number;
  readonly delivered: number;
  /** Failed and scheduled for another attempt. */
  readonly retried: number;
  readonly deadLettered: number;
  /** Finished after its lease had passed to another worker; the other worker's attempt stands. */
  readonly leaseLost: number;
}

/** Delivers the outbox to handlers. */
export interface OutboxWorker {
  /** Claims one batch, delivers it and settles it. Useful from a scheduler, and in tests. */
  runOnce(): Promise<OutboxRunResult>;
  /** Polls until `stop()`. */
  start(): void;
  /** Stops polling and waits for the batch in hand to settle. */
  stop(): Promise<void>;
  readonly running: boolean;
}

/**
 * Delay before attempt `attempt + 1` after attempt `attempt` failed: exponential,
 * capped, with "equal jitter" (half fixed, half random) so that a burst of
 * failures does not retry in lock-step, yet no retry comes sooner than half the
 * nominal delay.
 */
export function outboxBackoffDelay(attempt: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const initial = options.initialMs ?? 1000;
  const max = options.maxMs ?? 15 * 60_000;
  const factor = options.factor ?? 2;
  const nominal = Math.min(max, initial * factor ** Math.max(0, attempt - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(nominal / 2 + r * (nominal / 2));
}

const optionsSchema = z.object({
  store: z.custom<Store>((value) => value !== null && typeof value === 'object', 'store must be a store from createStore'),
  handlers: z.record(
    z.string().regex(/^[a-z][a-z0-9_.-]{0,199}$/, 'Topics must be lower-case codes such as `notifications.send`'),
    z.custom<OutboxHandler>((value) => typeof value === 'function', 'Each handler must be a function'),
  ),
  maxAttempts: z.number().int().min(1).max(1000).optional(),
  backoff: z
    .strictObject({
      initialMs: z.number().min(0).optional(),
      maxMs: z.number().min(0).optional(),
      factor: z.number().min(1).optional(),
    })
    .optional(),
  leaseMs: z.number().int().min(10).optional(),
  batchSize: z.number().int().min(1).max(500).optional(),
  pollIntervalMs: z.number().int().min(1).optional(),
  clock: z.custom<() => Date>((value) => typeof value === 'function').optional(),
  random: z.custom<() => number>((value) => typeof value === 'function').optional(),
  onError: z.custom<OutboxWorkerOptions['onError']>((value) => typeof value === 'function').optional(),
});

const MAX_ERROR_TEXT = 500;

/** A short, redacted description of a handler failure for `lastError`. */
function describeFailure(error: unknown): string {
  let text: string;
  if (isCivicError(error)) text = `${error.code}: ${error.message}`;
  else if (error instanceof Error) text = `${error.name}: ${error.message}`;
  else text = `non-error thrown: ${typeof error}`;
  return redactSecrets(text).slice(0, MAX_ERROR_TEXT);
}

function toCivic(error: unknown): CivicError {
  return isCivicError(error) ? error : new CivicError('storage.outbox.handler_failed', describeFailure(error), { cause: error });
}

/**
 * Creates a worker that delivers outbox messages to handlers: at least once,
 * with retries, exponential backoff with jitter and a dead-letter state.
 *
 * Several workers (in one process or many) can share an outbox. Each claim
 * takes a lease with a fresh token; a message can only be settled by the token
 * that claimed it, and a message whose lease is live cannot be claimed, so two
 * workers never deliver the same message at the same time as long as the
 * lease is held (it is renewed while the handler runs). If a worker dies
 * mid-delivery, the lease lapses and another worker delivers again: handlers
 * must deduplicate with `idempotencyKey`.
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const parsed = parseInput(optionsSchema, options, { codePrefix: 'storage.outbox_worker', what: 'outbox worker options' });
  const internals = storeInternals.get(options.store);
  if (!internals)
    throw new CivicError('storage.outbox_worker.store', 'The outbox worker needs a store made by createStore.', { path: ['store'] });
  const { backend } = internals;
  const handlers = options.handlers;
  const topics = Object.keys(handlers);
  const maxAttempts = parsed.maxAttempts ?? 10;
  const leaseMs = parsed.leaseMs ?? 60_000;
  const batchSize = parsed.batchSize ?? 10;
  const pollIntervalMs = parsed.pollIntervalMs ?? 1000;
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const report = (error: unknown, context: { messageId?: string; topic?: string } = {}): void => {
    try {
      options.onError?.(toCivic(error), context);
    } catch {
      // A failing error reporter must not stop delivery.
    }
  };

  async function deliver(row: OutboxRow, leaseToken: string, controller: AbortController): Promise<keyof Omit<OutboxRunResult, 'claimed'>> {
    const settle = async (settlement: Omit<OutboxSettlement, 'now'>): Promise<boolean> =>
      backend.autocommit((ops) => ops.settleOutbox(row.id, leaseToken, { ...settlement, now: clock() }));
    if (row.attempts > maxAttempts) {
      // The last permitted attempt started and its worker never settled it.
      const ok = await settle({ status: 'dead', lastError: 'storage.outbox.lease_expired: the final attempt did not finish' });
      return ok ? 'deadLettered' : 'leaseLost';
    }
    const handler = handlers[row.topic];
    let failure: unknown;
    let failed = false;
    try {
      if (!handler) throw new CivicError('storage.outbox.no_handler', `No handler for topic ${row.topic}.`);
      await handler(
        {
          id: row.id,
          topic: row.topic,
          payload: cloneJson(row.payload),
          idempotencyKey: row.idempotencyKey,
          attempt: row.attempts,
          createdAt: row.createdAt.toISOString(),
        },
        { signal: controller.signal },
      );
    } catch (error) {
      failed = true;
      failure = error;
    }
    if (!failed) {
      const ok = await settle({ status: 'delivered', deliveredAt: clock(), lastError: null });
      return ok ? 'delivered' : 'leaseLost';
    }
    report(failure, { messageId: row.id, topic: row.topic });
    const lastError = describeFailure(failure);
    if (row.attempts >= maxAttempts) {
      const ok = await settle({ status: 'dead', lastError });
      return ok ? 'deadLettered' : 'leaseLost';
    }
    const delay = outboxBackoffDelay(row.attempts, parsed.backoff ?? {}, random);
    const ok = await settle({ status: 'pending', lastError, availableAt: new Date(clock().getTime() + delay) });
    return ok ? 'retried' : 'leaseLost';
  }

  async function runOnce(): Promise<OutboxRunResult> {
    internals?.assertUsable();
    const result = { claimed: 0, delivered: 0, retried: 0, deadLettered: 0, leaseLost: 0 };
    if (topics.length === 0) return result;
    const leaseToken = randomHex(16);
    const now = clock();
    const claimed = await backend.autocommit((ops) =>
      ops.claimOutbox({ topics, now, lockedUntil: new Date(now.getTime() + leaseMs), leaseToken, limit: batchSize }),
    );
    result.claimed = claimed.length;
    if (claimed.length === 0) return result;
    const controllers = new Map(claimed.map((row) => [row.id, new AbortController()]));
    const unsettled = new Set(claimed.map((row) => row.id));
    // Keep the leases alive while handlers run; a lease that cannot be renewed
    // has gone to another worker, so tell that handler to stop.
    const heartbeat = setInterval(
      () => {
        const ids = [...unsettled];
        const at = clock();
        backend
          .autocommit((ops) => ops.renewOutboxLeases(ids, leaseToken, new Date(at.getTime() + leaseMs), at))
          .then((held) => {
            const still = new Set(held);
            for (const id of ids) if (!still.has(id) && unsettled.has(id)) controllers.get(id)?.abort();
          })
          .catch((error: unknown) => report(error));
      },
      Math.max(5, Math.floor(leaseMs / 3)),
    );
    try {
      const outcomes = await Promise.allSettled(
        claimed.map(async (row) => {
          const controller = controllers.get(row.id) ?? new AbortController();
          try {
            return await deliver(row, leaseToken, controller);
          } finally {
            unsettled.delete(row.id);
          }
        }),
      );
      for (const outcome of outcomes) {
        if (outcome.status === 'fulfilled') result[outcome.value] += 1;
        else report(outcome.reason);
      }
    } finally {
      clearInterval(heartbeat);
    }
    return result;
  }

  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  return {
    runOnce,
    start(): void {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          let idle = true;
          try {
            idle = (await runOnce()).claimed === 0;
          } catch (error) {
            report(error);
          }
          if (running && idle) await sleep(pollIntervalMs);
        }
      })();
    },
    async stop(): Promise<void> {
      running = false;
      wake?.();
      await loop;
      loop = undefined;
    },
    get running(): boolean {
      return running;
    },
  };
}
