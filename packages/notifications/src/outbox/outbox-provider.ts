/**
 * The embedded default: a {@link NotificationProvider} that sends nothing
 * anywhere. It stores each message, rendered exactly as it would go out, in
 * the storage brick (collection `notifications.messages`), where a person can
 * list and read it, and moves it through simulated delivery statuses the way
 * GOV.UK Notify's test keys do. For a pop-up service with no Notify account
 * (a charity's registration desk), for development and for demos.
 */
import { NotFoundError, ValidationError } from '@civicbricks/core/errors';
import type { Locale } from '@civicbricks/core/i18n';
import { parseInput } from '@civicbricks/core/validation';
import type { Page, Store, StoredRecord } from '@civicbricks/storage';
import * as z from 'zod/mini';
import { indexValues } from '../placeholders.js';
import {
  parseOutgoingMessage,
  type NotificationProvider,
  type NotificationRecord,
  type OutgoingMessage,
  type SendOptions,
  type SendResult,
} from '../provider.js';
import { assertSafeReference } from '../reference.js';
import { checkAllowedLinkHosts, renderTemplate } from '../render.js';
import { isFinalStatus, isKnownStatus, LETTER_STATUSES, SMS_STATUSES, type NotificationStatus } from '../status.js';
import type { NotificationType } from '../template.js';
import { isConflict } from './delivery.js';
import { MESSAGES_COLLECTION, notificationsMigrations } from './migrations.js';

/** How simulated delivery happens. */
export type SimulatedDelivery = 'immediate' | 'manual';

export interface OutboxProviderOptions {
  /** The store to keep messages in (memory, PGlite or PostgreSQL). */
  readonly store: Store;
  /** Timestamps of sending and completion; `() => new Date()` if absent. */
  readonly clock?: () => Date;
  /**
   * `immediate` (the default): a message is stored at its final simulated
   * status (`delivered`, or a failure for Notify's simulator addresses).
   * `manual`: it is stored as `created` (letters `accepted`) and moves one step
   * each time {@link OutboxProvider.advance} is called, so a service can show
   * every stage.
   */
  readonly delivery?: SimulatedDelivery;
  /**
   * The hosts emails may link to (see `renderTemplate`'s `allowedLinkHosts`): an email linking anywhere else is
   * refused with `DisallowedLinkError` before anything is sent. Any host if absent.
   */
  readonly allowedLinkHosts?: readonly string[];
}

/** A message as the outbox keeps it: what would have been sent, to whom, and where it is in its (simulated) life. */
export interface StoredNotification {
  readonly id: string;
  readonly type: NotificationType;
  readonly status: NotificationStatus;
  /** The final status the simulation will reach. */
  readonly outcome: NotificationStatus;
  readonly reference: string;
  readonly templateId: string;
  readonly locale: Locale;
  /** The email address or phone number; null for letters. Personal data: show it only to staff. */
  readonly to: string | null;
  /** Letters: the address lines. Personal data. */
  readonly address: readonly string[] | null;
  readonly subject: string | null;
  readonly html: string | null;
  readonly text: string;
  /** Text messages: the fragments they would have cost. */
  readonly fragments: number | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
  readonly completedAt: string | null;
}

/** Filters for {@link OutboxProvider.list}. */
export interface StoredNotificationQuery {
  readonly type?: NotificationType;
  readonly status?: NotificationStatus;
  readonly reference?: string;
  /** 1 to 500; 50 if absent. */
  readonly limit?: number;
  readonly cursor?: string;
  /** Oldest first (`asc`) or newest first (`desc`, the default). */
  readonly order?: 'asc' | 'desc';
}

/** The outbox provider: a {@link NotificationProvider} whose messages can be listed and read. */
export interface OutboxProvider extends NotificationProvider {
  readonly name: 'outbox';
  /** The stored message, or undefined. */
  get(id: string): Promise<StoredNotification | undefined>;
  list(query?: StoredNotificationQuery): Promise<Page<StoredNotification>>;
  /**
   * Moves messages that are not final one step on (`created` → `sending` →
   * outcome; letters `accepted` → `received`). With `id`, only that message.
   * Returns how many moved.
   */
  advance(id?: string): Promise<number>;
}

const status = z.enum([...new Set<NotificationStatus>([...SMS_STATUSES, ...LETTER_STATUSES])] as [
  NotificationStatus,
  ...NotificationStatus[],
]);
const stamp = z.nullable(z.string());

const storedSchema = z.object({
  type: z.enum(['email', 'sms', 'letter']),
  status,
  outcome: status,
  reference: z.string(),
  templateId: z.string(),
  locale: z.enum(['en', 'cy']),
  to: z.nullable(z.string()),
  address: z.nullable(z.array(z.string())),
  subject: z.nullable(z.string()),
  html: z.nullable(z.string()),
  text: z.string(),
  fragments: z.nullable(z.number()),
  createdAt: z.string(),
  sentAt: stamp,
  completedAt: stamp,
});
type StoredData = z.output<typeof storedSchema>;

const querySchema = z.strictObject({
  type: z.optional(z.enum(['email', 'sms', 'letter'])),
  status: z.optional(status),
  reference: z.optional(z.string()),
  limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(500))),
  cursor: z.optional(z.string()),
  order: z.optional(z.enum(['asc', 'desc'])),
});

/**
 * What Notify's test keys do with its simulator addresses, so the same
 * addresses rehearse failures here.
 */
export function simulatedOutcome(type: NotificationType, to: string | undefined): NotificationStatus {
  if (type === 'letter') return 'received';
  if (type === 'email') {
    const address = (to ?? '').trim().toLowerCase();
    if (address === 'temp-fail@simulator.notify') return 'temporary-failure';
    if (address === 'perm-fail@simulator.notify') return 'permanent-failure';
    return 'delivered';
  }
  const digits = (to ?? '').replace(/\D/g, '').replace(/^(?:0044|44)/, '0');
  if (digits === '07700900003') return 'temporary-failure';
  if (digits === '07700900002') return 'permanent-failure';
  return 'delivered';
}

/** A {@link NotificationProvider} that keeps messages in storage instead of sending them. */
export function createOutboxProvider(options: OutboxProviderOptions): OutboxProvider {
  if (options === null || typeof options !== 'object' || options.store === null || typeof options.store !== 'object') {
    throw new ValidationError('notifications.outbox.options', 'The outbox provider needs `store`: a store from createStore', {
      path: ['store'],
    });
  }
  if (options.delivery !== undefined && options.delivery !== 'immediate' && options.delivery !== 'manual') {
    throw new ValidationError('notifications.outbox.options', '`delivery` must be `immediate` or `manual`', { path: ['delivery'] });
  }
  return new StoredOutboxProvider(options);
}

class StoredOutboxProvider implements OutboxProvider {
  readonly name = 'outbox' as const;
  readonly #store: Store;
  readonly #clock: () => Date;
  readonly #delivery: SimulatedDelivery;
  readonly #linkHosts: readonly string[] | undefined;
  #ready: Promise<unknown> | undefined;

  constructor(options: OutboxProviderOptions) {
    this.#store = options.store;
    this.#clock = options.clock ?? (() => new Date());
    this.#delivery = options.delivery ?? 'immediate';
    this.#linkHosts = checkAllowedLinkHosts(options.allowedLinkHosts, ['allowedLinkHosts']);
  }

  get #messages() {
    return this.#store.collection(MESSAGES_COLLECTION, storedSchema);
  }

  // The brick's migrations run once per provider (and are a no-op when the store already ran them).
  async #migrated(): Promise<void> {
    this.#ready ??= this.#store.migrate(notificationsMigrations).catch((error: unknown) => {
      this.#ready = undefined;
      throw error;
    });
    await this.#ready;
  }

  async send(input: OutgoingMessage, options: SendOptions = {}): Promise<SendResult> {
    const message = parseOutgoingMessage(input);
    const rendered = renderTemplate(message.template, message.personalisation ?? {}, {
      locale: message.locale,
      purpose: 'send',
      ...(this.#linkHosts ? { allowedLinkHosts: this.#linkHosts } : {}),
    });
    await this.#migrated();
    if ((options.attempt ?? 1) > 1) {
      const found = await this.findByReference(message.reference);
      if (found) return { id: found.id, reference: message.reference, alreadySent: true, locale: rendered.locale };
    }
    const type = message.template.type;
    const outcome = simulatedOutcome(type, message.to);
    const now = this.#clock().toISOString();
    const immediate = this.#delivery === 'immediate';
    const data: StoredData = {
      type,
      status: immediate ? outcome : type === 'letter' ? 'accepted' : 'created',
      outcome,
      reference: message.reference,
      templateId: message.template.id,
      locale: rendered.locale,
      to: message.to ?? null,
      address: type === 'letter' ? addressLines(message) : null,
      subject: rendered.subject ?? null,
      html: rendered.html ?? null,
      text: rendered.text,
      fragments: rendered.sms?.fragments ?? null,
      createdAt: now,
      sentAt: immediate && type !== 'letter' ? now : null,
      completedAt: immediate ? now : null,
    };
    const record = await this.#messages.insert(data);
    return { id: record.id, reference: message.reference, alreadySent: false, locale: rendered.locale };
  }

  async status(id: string): Promise<NotificationRecord> {
    const found = await this.get(id);
    if (!found) throw new NotFoundError('notifications.not_found', 'The outbox has no message with that id', { path: ['id'] });
    return toRecord(found);
  }

  async findByReference(reference: string): Promise<NotificationRecord | undefined> {
    assertSafeReference(reference);
    await this.#migrated();
    const page = await this.#messages.list({ where: { reference }, order: 'desc', limit: 1 });
    const first = page.items[0];
    return first ? toRecord(toStored(first)) : undefined;
  }

  async get(id: string): Promise<StoredNotification | undefined> {
    if (typeof id !== 'string' || id === '') {
      throw new ValidationError('notifications.outbox.invalid_id', 'An outbox message id is a non-empty string', { path: ['id'] });
    }
    await this.#migrated();
    const record = await this.#messages.get(id);
    return record ? toStored(record) : undefined;
  }

  async list(query: StoredNotificationQuery = {}): Promise<Page<StoredNotification>> {
    const parsed = parseInput(querySchema, query, { codePrefix: 'notifications.outbox.query', what: 'outbox query' });
    if (parsed.reference !== undefined) assertSafeReference(parsed.reference);
    await this.#migrated();
    const where: Record<string, string> = {};
    if (parsed.type) where['type'] = parsed.type;
    if (parsed.status) where['status'] = parsed.status;
    if (parsed.reference !== undefined) where['reference'] = parsed.reference;
    const page = await this.#messages.list({
      where,
      order: parsed.order ?? 'desc',
      ...(parsed.limit === undefined ? {} : { limit: parsed.limit }),
      ...(parsed.cursor === undefined ? {} : { cursor: parsed.cursor }),
    });
    return { items: page.items.map(toStored), nextCursor: page.nextCursor };
  }

  async advance(id?: string): Promise<number> {
    await this.#migrated();
    if (id !== undefined) {
      const record = await this.#messages.get(id);
      return record && (await this.#step(record)) ? 1 : 0;
    }
    // Collect first, then move: moving while paging would skip or repeat records.
    const pending: StoredRecord<StoredData>[] = [];
    for (const from of ['created', 'sending', 'accepted'] as const) {
      let cursor: string | undefined;
      do {
        const page = await this.#messages.list({ where: { status: from }, limit: 500, ...(cursor ? { cursor } : {}) });
        pending.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
    }
    let moved = 0;
    for (const record of pending) if (await this.#step(record)) moved += 1;
    return moved;
  }

  async #step(record: StoredRecord<StoredData>): Promise<boolean> {
    const data = record.data;
    if (isFinalStatus(data.type, data.status)) return false;
    const now = this.#clock().toISOString();
    let next: StoredData;
    if (data.status === 'created') next = { ...data, status: 'sending', sentAt: now };
    else next = { ...data, status: data.outcome, completedAt: now };
    try {
      await this.#messages.update(record.id, record.version, next);
      return true;
    } catch (error) {
      // Someone else moved it first: their step stands.
      if (isConflict(error)) return false;
      throw error;
    }
  }
}

function addressLines(message: OutgoingMessage): string[] {
  const values = indexValues(message.personalisation ?? {});
  const lines: string[] = [];
  for (let n = 1; n <= 7; n += 1) {
    const value = values.get(`addressline${n}`);
    if (typeof value === 'string' && value.trim() !== '') lines.push(value.trim());
  }
  return lines;
}

function toStored(record: StoredRecord<StoredData>): StoredNotification {
  const data = record.data;
  if (!isKnownStatus(data.type, data.status)) {
    throw new ValidationError('notifications.outbox.corrupt', `Stored message ${record.id} has a status its type does not have`);
  }
  return { id: record.id, ...data, address: data.address ? Object.freeze([...data.address]) : null };
}

function toRecord(message: StoredNotification): NotificationRecord {
  return {
    id: message.id,
    reference: message.reference,
    type: message.type,
    status: message.status,
    templateId: message.templateId,
    createdAt: message.createdAt,
    sentAt: message.sentAt,
    completedAt: message.completedAt,
  };
}
