/**
 * Delivering queued notifications: the outbox handler that sends each one
 * through a provider and records how it went in `notifications.deliveries`.
 *
 * How a message is sent exactly once, as far as the provider can tell:
 * 1. the outbox delivers at least once (a worker that dies mid-send loses its
 *    lease and the message is tried again) and never to two workers at the same
 *    time while a lease is held;
 * 2. every attempt carries the same reference, and the handler passes the
 *    outbox's attempt number, so from the second attempt on the provider looks
 *    the reference up before sending and returns the message it finds;
 * 3. inside one attempt, the Notify provider does the same after any
 *    ambiguous failure (a 5xx, a timeout, a dropped connection);
 * 4. when an answer was lost (a timeout or a dropped connection, here or in the
 *    attempt before, whose error code the record keeps), that request may still
 *    be running at Notify, so the lookups go on for longer than the client
 *    timeout before the message is sent again. A message sent again after that
 *    is recorded as `possibleDuplicate`: Notify has no idempotency key, so if the
 *    lost request went through after all, the person got it twice.
 * SMTP cannot be asked what arrived, so there an ambiguous failure (a timeout
 * after the server took the message) can still send twice.
 */
import { createHash } from 'node:crypto';
import { CivicError, ConflictError, isCivicError } from '@civicbricks/core/errors';
import {
  createOutboxWorker,
  type OutboxDelivery,
  type OutboxHandler,
  type OutboxWorker,
  type OutboxWorkerOptions,
  type Page,
  type Store,
} from '@civicbricks/storage';
import * as z from 'zod/mini';
import { LOST_ANSWER_CODES, parseOutgoingMessage, type NotificationProvider, type OutgoingMessage } from '../provider.js';
import { isStatusAdvance, LETTER_STATUSES, SMS_STATUSES, type NotificationStatus } from '../status.js';
import { DELIVERIES_COLLECTION, notificationsMigrations } from './migrations.js';
import { NOTIFICATION_PAYLOAD_VERSION, NOTIFICATION_TOPIC } from './queue.js';

/** Where a delivery stands: still being tried, handed to the provider, or given up for good. */
export type DeliveryState = 'retrying' | 'sent' | 'failed';

/** How one queued notification's delivery went. Holds no personal data: show it to anyone who may see the case. */
export interface DeliveryRecord {
  /** `d-` and a digest of the idempotency key. */
  readonly id: string;
  readonly outboxId: string;
  readonly reference: string | null;
  readonly type: 'email' | 'sms' | 'letter' | null;
  readonly templateId: string | null;
  readonly state: DeliveryState;
  /** The provider's status for the message (from receipts, when you record them). */
  readonly status: NotificationStatus | null;
  readonly provider: string;
  /** The provider's id for the message. */
  readonly providerId: string | null;
  /** True when a retry found the message already sent. */
  readonly alreadySent: boolean;
  /** True when it was sent again after a request whose answer was lost: the person may have had it twice. */
  readonly possibleDuplicate: boolean;
  readonly attempts: number;
  /** The code of the last error (never its text, which may come from outside). */
  readonly error: string | null;
  readonly queuedAt: string;
  readonly sentAt: string | null;
  readonly updatedAt: string;
}

export interface NotificationDeliveryOptions {
  readonly store: Store;
  readonly provider: NotificationProvider;
  /** For the recorded times; `() => new Date()` if absent. */
  readonly clock?: () => Date;
  /** Options for the worker {@link NotificationDelivery.worker} (everything but the store and handlers). */
  readonly worker?: Omit<OutboxWorkerOptions, 'store' | 'handlers'>;
}

export interface NotificationDelivery {
  readonly topic: typeof NOTIFICATION_TOPIC;
  /** Spread into your own worker's handlers to deliver notifications beside other topics. */
  readonly handlers: Readonly<Record<string, OutboxHandler>>;
  /** A worker for this topic only: `worker.start()`, or `worker.runOnce()` from a scheduler. */
  readonly worker: OutboxWorker;
  /** The delivery record for an idempotency key, once an attempt has been made. */
  get(idempotencyKey: string): Promise<DeliveryRecord | undefined>;
  /** Deliveries, oldest first; `possibleDuplicate: true` lists the messages that may have been sent twice. */
  list(query?: {
    readonly state?: DeliveryState;
    readonly possibleDuplicate?: true;
    readonly limit?: number;
    readonly cursor?: string;
  }): Promise<Page<DeliveryRecord>>;
  /**
   * Records a status from a delivery receipt (give it to
   * `createDeliveryReceiptHandler({ onStatus })`); only forward moves are kept.
   * Returns false when no delivery has that provider id or the status is not an advance.
   */
  recordStatus(update: { readonly id: string; readonly status: NotificationStatus }): Promise<boolean>;
  /** The recorded status for a provider id (for `createDeliveryReceiptHandler({ currentStatus })`). */
  currentStatus(providerId: string): Promise<NotificationStatus | undefined>;
}

const status = z.enum([...new Set<NotificationStatus>([...SMS_STATUSES, ...LETTER_STATUSES])] as [
  NotificationStatus,
  ...NotificationStatus[],
]);

const recordSchema = z.object({
  outboxId: z.string(),
  reference: z.nullable(z.string()),
  type: z.nullable(z.enum(['email', 'sms', 'letter'])),
  templateId: z.nullable(z.string()),
  state: z.enum(['retrying', 'sent', 'failed']),
  status: z.nullable(status),
  provider: z.string(),
  providerId: z.nullable(z.string()),
  alreadySent: z.boolean(),
  // Absent in records written before it existed.
  possibleDuplicate: z.optional(z.boolean()),
  attempts: z.number(),
  error: z.nullable(z.string()),
  queuedAt: z.string(),
  sentAt: z.nullable(z.string()),
  updatedAt: z.string(),
});
type RecordData = z.output<typeof recordSchema>;

const payloadSchema = z.object({ v: z.literal(NOTIFICATION_PAYLOAD_VERSION), message: z.unknown() });

/** The delivery record's id for an idempotency key. */
export function deliveryIdForKey(idempotencyKey: string): string {
  return `d-${createHash('sha256').update(idempotencyKey, 'utf8').digest('hex').slice(0, 40)}`;
}

/**
 * Registers the outbox handler that sends queued notifications through
 * `provider`, and makes a worker for it.
 */
export function createNotificationDelivery(options: NotificationDeliveryOptions): NotificationDelivery {
  if (
    options === null ||
    typeof options !== 'object' ||
    !options.store ||
    !options.provider ||
    typeof options.provider.send !== 'function'
  ) {
    throw new CivicError('notifications.delivery.options', 'createNotificationDelivery needs `store` and `provider`', { path: [] });
  }
  const { store, provider } = options;
  const clock = options.clock ?? (() => new Date());
  const deliveries = () => store.collection(DELIVERIES_COLLECTION, recordSchema);
  let ready: Promise<unknown> | undefined;
  const migrated = async (): Promise<void> => {
    ready ??= store.migrate(notificationsMigrations).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    await ready;
  };

  async function record(delivery: OutboxDelivery, message: OutgoingMessage | undefined, change: Partial<RecordData>): Promise<void> {
    const id = deliveryIdForKey(delivery.idempotencyKey);
    const now = clock().toISOString();
    const fresh: RecordData = {
      outboxId: delivery.id,
      reference: message?.reference ?? null,
      type: message?.template.type ?? null,
      templateId: message?.template.id ?? null,
      state: 'retrying',
      status: null,
      provider: provider.name,
      providerId: null,
      alreadySent: false,
      possibleDuplicate: false,
      attempts: delivery.attempt,
      error: null,
      queuedAt: delivery.createdAt,
      sentAt: null,
      updatedAt: now,
      ...change,
    };
    const collection = deliveries();
    // Most deliveries succeed at the first attempt: one insert. Otherwise read, then update at that version.
    let existing = null as Awaited<ReturnType<typeof collection.get>> | null;
    for (let tries = 0; tries < 5; tries += 1) {
      try {
        if (!existing) await collection.insert(fresh, { id });
        else await collection.update(id, existing.version, { ...existing.data, ...fresh, queuedAt: existing.data.queuedAt });
        return;
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
      existing = (await collection.get(id)) ?? null;
    }
    throw new ConflictError('notifications.delivery.conflict', 'The delivery record kept changing while it was being written', {
      retryable: true,
    });
  }

  const handler: OutboxHandler = async (delivery, { signal }) => {
    await migrated();
    const payload = payloadSchema.safeParse(delivery.payload);
    let message: OutgoingMessage;
    try {
      if (!payload.success)
        throw new CivicError('notifications.delivery.bad_payload', 'The queued notification is not one this version can read');
      message = parseOutgoingMessage(payload.data.message);
    } catch (error) {
      // Nothing can make this message sendable: record why and settle it.
      await record(delivery, undefined, {
        state: 'failed',
        error: isCivicError(error) ? error.code : 'notifications.delivery.bad_payload',
      });
      return;
    }
    // The error the last attempt left says whether its answer was lost (then that request may still be running).
    const previous = delivery.attempt > 1 ? await deliveries().get(deliveryIdForKey(delivery.idempotencyKey)) : undefined;
    const previousAnswerLost = previous?.data.error != null && LOST_ANSWER_CODES.has(previous.data.error);
    let result;
    try {
      result = await provider.send(message, { attempt: delivery.attempt, signal, ...(previousAnswerLost ? { previousAnswerLost } : {}) });
    } catch (error) {
      const code = isCivicError(error) ? error.code : 'notifications.delivery.provider_failed';
      if (isCivicError(error) && !error.retryable) {
        await record(delivery, message, { state: 'failed', error: code });
        return;
      }
      await record(delivery, message, { state: 'retrying', error: code }).catch(() => undefined);
      throw error;
    }
    const now = clock().toISOString();
    await record(delivery, message, {
      state: 'sent',
      status: message.template.type === 'letter' ? 'accepted' : 'created',
      providerId: result.id,
      alreadySent: result.alreadySent,
      possibleDuplicate: result.possibleDuplicate === true,
      error: null,
      sentAt: now,
    });
  };

  const handlers = Object.freeze({ [NOTIFICATION_TOPIC]: handler });
  const worker = createOutboxWorker({ ...options.worker, store, handlers });

  return {
    topic: NOTIFICATION_TOPIC,
    handlers,
    worker,
    async get(idempotencyKey) {
      await migrated();
      const found = await deliveries().get(deliveryIdForKey(idempotencyKey));
      return found ? toDeliveryRecord(found.id, found.data) : undefined;
    },
    async list(query = {}) {
      await migrated();
      const page = await deliveries().list({
        where: { ...(query.state ? { state: query.state } : {}), ...(query.possibleDuplicate ? { possibleDuplicate: true } : {}) },
        ...(query.limit === undefined ? {} : { limit: query.limit }),
        ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
      });
      return { items: page.items.map((item) => toDeliveryRecord(item.id, item.data)), nextCursor: page.nextCursor };
    },
    async currentStatus(providerId) {
      await migrated();
      const found = (await deliveries().list({ where: { providerId }, limit: 1 })).items[0];
      return found?.data.status ?? undefined;
    },
    async recordStatus(update) {
      await migrated();
      const collection = deliveries();
      for (let tries = 0; tries < 5; tries += 1) {
        const found = (await collection.list({ where: { providerId: update.id }, limit: 1 })).items[0];
        if (!found || !found.data.type) return false;
        if (!isStatusAdvance(found.data.status ?? undefined, update.status, found.data.type)) return false;
        try {
          await collection.update(found.id, found.version, { ...found.data, status: update.status, updatedAt: clock().toISOString() });
          return true;
        } catch (error) {
          if (!isConflict(error)) throw error;
        }
      }
      return false;
    },
  };
}

function toDeliveryRecord(id: string, data: RecordData): DeliveryRecord {
  return { id, ...data, possibleDuplicate: data.possibleDuplicate ?? false };
}

/** A stale write or an id already taken, from whichever copy of core the store uses. */
export function isConflict(error: unknown): boolean {
  return (
    error instanceof ConflictError ||
    (isCivicError(error) && (error.code === 'storage.version_conflict' || error.code === 'storage.record_exists'))
  );
}
