/**
 * Queueing a notification inside the storage transaction of the state change
 * that causes it: the change, its audit entry and the message commit together
 * or not at all. Everything that can be wrong with the message is found here,
 * at queue time, while the caller can still tell the person: a missing value,
 * a text message over 918 characters, a recipient of the wrong kind, a
 * reference that holds personal data.
 */
import { createHash } from 'node:crypto';
import { ValidationError } from '@civicbricks/core/errors';
import type { Locale } from '@civicbricks/core/i18n';
import type { JsonValue, StorageHandle } from '@civicbricks/storage';
import type { Personalisation } from '../placeholders.js';
import { parseOutgoingMessage, type OutgoingMessage } from '../provider.js';
import { assertSafeReference } from '../reference.js';
import { renderTemplate } from '../render.js';
import type { SmsCount } from '../sms.js';
import type { NotificationType, Template } from '../template.js';

/** The outbox topic notifications travel on. */
export const NOTIFICATION_TOPIC = 'notifications.send';

/** Payload format version, so a message queued by one release can be read by the next. */
export const NOTIFICATION_PAYLOAD_VERSION = 1;

export interface QueueNotificationInput {
  readonly template: Template;
  /** Email address or phone number; absent for letters. */
  readonly to?: string;
  readonly personalisation?: Personalisation;
  /** The recipient's language (`en`, `cy`, `cy-GB`). */
  readonly locale?: string;
  /**
   * Sent to the provider, and how a retry finds a message already sent, so it
   * must name this one message (not a whole case) and hold no personal data.
   * Derived from `idempotencyKey` if absent.
   */
  readonly reference?: string;
  /**
   * Names the message for ever: queueing the same key again (a repeated
   * request, a replayed event) keeps the first message and sends once.
   * 1 to 200 characters, e.g. `case-closed:<case id>`.
   */
  readonly idempotencyKey: string;
  readonly emailReplyToId?: string;
  readonly oneClickUnsubscribeUrl?: string;
  readonly smsSenderId?: string;
  /** Do not send before this time. */
  readonly availableAt?: Date | string;
}

/** What was queued. */
export interface QueuedNotification {
  /** The outbox message's id. */
  readonly outboxId: string;
  readonly idempotencyKey: string;
  readonly reference: string;
  /** False when a message with this idempotency key was already queued: nothing new was added. */
  readonly created: boolean;
  readonly type: NotificationType;
  /** The language it will be sent in. */
  readonly locale: Locale;
  /** Text messages: what it will cost. */
  readonly sms?: SmsCount;
}

/** The outbox payload: the message as checked at queue time (the template included, so later edits cannot break it). */
export interface NotificationPayload {
  readonly v: typeof NOTIFICATION_PAYLOAD_VERSION;
  readonly message: OutgoingMessage;
}

/**
 * The reference used when none is given: a digest of the idempotency key, so
 * every attempt at one message carries the same reference and none carries
 * what the key might say. Letters only, so it can never look like a phone
 * number or a postcode.
 */
export function referenceForKey(idempotencyKey: string): string {
  const hex = createHash('sha256').update(idempotencyKey, 'utf8').digest('hex').slice(0, 32);
  // Written in letters only (a to p for 0 to f): a run of digits could look like a phone number.
  return `cb-${hex.replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))}`;
}

/**
 * Checks, renders and queues a notification through `tx.outbox`. Call it with
 * the transaction handle of the change that causes it.
 *
 * @throws {ValidationError} for a bad message or idempotency key;
 *   {@link MissingPersonalisationError}; {@link SmsTooLongError};
 *   `notifications.reference_personal_data` for a reference that looks like personal data.
 */
export async function queueNotification(tx: StorageHandle, input: QueueNotificationInput): Promise<QueuedNotification> {
  if (tx === null || typeof tx !== 'object' || typeof tx.outbox?.enqueue !== 'function') {
    throw new ValidationError('notifications.queue.transaction', 'queueNotification needs the transaction handle from store.transaction', {
      path: ['tx'],
    });
  }
  if (input === null || typeof input !== 'object') {
    throw new ValidationError('notifications.queue.input', 'queueNotification needs a message', { path: [] });
  }
  const { idempotencyKey, availableAt, reference: given, ...rest } = input;
  if (typeof idempotencyKey !== 'string' || idempotencyKey.trim() === '' || idempotencyKey.length > 200) {
    throw new ValidationError('notifications.queue.idempotency_key', 'The idempotency key must be 1 to 200 characters', {
      path: ['idempotencyKey'],
    });
  }
  const reference = assertSafeReference(given ?? referenceForKey(idempotencyKey));
  const message = parseOutgoingMessage({ ...rest, reference });
  const rendered = renderTemplate(message.template, message.personalisation ?? {}, { locale: message.locale, purpose: 'send' });
  const payload = { v: NOTIFICATION_PAYLOAD_VERSION, message: jsonCopy(message) } satisfies Record<string, JsonValue>;
  const { message: queued, created } = await tx.outbox.enqueue({
    topic: NOTIFICATION_TOPIC,
    payload,
    idempotencyKey,
    ...(availableAt === undefined ? {} : { availableAt }),
  });
  return {
    outboxId: queued.id,
    idempotencyKey,
    reference,
    created,
    type: message.template.type,
    locale: rendered.locale,
    ...(rendered.sms ? { sms: rendered.sms } : {}),
  };
}

// Personalisation may hold `undefined` values (meaning absent); JSON storage drops them.
function jsonCopy(message: OutgoingMessage): JsonValue {
  return JSON.parse(JSON.stringify(message)) as JsonValue;
}
