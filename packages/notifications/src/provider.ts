/**
 * The one interface every way of sending implements: GOV.UK Notify (in
 * `@civicbricks/notifications/notify`), the embedded outbox stored in
 * `@civicbricks/storage` and SMTP. A service talks to this interface only, so
 * swapping Notify for the outbox in development changes one line.
 *
 * Rules every provider keeps (`test/support/provider-suite.ts` checks them for every provider):
 * - `send` validates the message before any side effect, with
 *   {@link parseOutgoingMessage}: a bad message is a `ValidationError`, never a
 *   half-sent one;
 * - the `reference` is the idempotency key: when `attempt` is above 1, or after
 *   an ambiguous failure, a provider looks the reference up before sending again,
 *   so a retry never sends a message twice;
 * - errors are typed: `ValidationError` (do not retry), `RateLimitError` (retry
 *   after `retryAfter`), `UnavailableError` (retry with backoff), a `CivicError`
 *   with `retryable: false` otherwise;
 * - no personal data in errors or logs: recipients and personalisation never
 *   appear in messages.
 */
import * as z from 'zod/mini';
import { ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import type { Locale } from '@civicbricks/core/i18n';
import { indexValues, type Personalisation } from './placeholders.js';
import { assertSafeReference } from './reference.js';
import type { NotificationStatus } from './status.js';
import { personalisationSchema, templateSchema, type NotificationType, type Template } from './template.js';

/** A message to send: a template, who it is for, the values, and a reference free of personal data. */
export interface OutgoingMessage {
  readonly template: Template;
  /** Email address for email, phone number for text messages; absent for letters (the address is in the personalisation). */
  readonly to?: string;
  readonly personalisation?: Personalisation;
  /** Your reference (an id, not personal data): Notify stores it and it is how a retry finds a message already sent. */
  readonly reference: string;
  /** The recipient's language (`en`, `cy`, `cy-GB`); English when absent. */
  readonly locale?: string;
  /** Email only: the Notify reply-to address id. */
  readonly emailReplyToId?: string;
  /** Email only: a one-click unsubscribe URL. */
  readonly oneClickUnsubscribeUrl?: string;
  /** Text message only: the Notify sender id. */
  readonly smsSenderId?: string;
}

/** Per-call options for {@link NotificationProvider.send}. */
export interface SendOptions {
  /** 1 on the first attempt; above 1 the provider looks the reference up before sending. */
  readonly attempt?: number;
  /**
   * The answer to an earlier attempt was lost (it timed out, or the connection
   * dropped), so that request may still be running at the provider: a provider
   * that can look messages up keeps looking for longer than its client timeout
   * before it sends again.
   */
  readonly previousAnswerLost?: boolean;
  readonly signal?: AbortSignal;
}

/** Error codes that mean a request's answer was lost: the message may or may not have been sent. */
export const LOST_ANSWER_CODES: ReadonlySet<string> = new Set(['notifications.notify.timeout', 'notifications.notify.unreachable']);

/** What a provider says about a message it sent or found. Holds no personal data. */
export interface NotificationRecord {
  /** The provider's id for the message. */
  readonly id: string;
  readonly reference: string | null;
  readonly type: NotificationType;
  readonly status: NotificationStatus;
  readonly templateId: string;
  readonly createdAt: string;
  readonly sentAt?: string | null;
  readonly completedAt?: string | null;
}

/** What {@link NotificationProvider.send} returns. */
export interface SendResult {
  readonly id: string;
  readonly reference: string;
  /** True when the message was found already sent (a retry after an ambiguous failure), so nothing new was sent. */
  readonly alreadySent: boolean;
  /**
   * Present (true) when this send followed a request whose answer was lost and
   * which the lookups did not find: if that request still went through, the
   * person got the message twice. Report it (GOV.UK Notify has no idempotency key).
   */
  readonly possibleDuplicate?: true;
  readonly locale: Locale;
}

export interface NotificationProvider {
  /** A short name for logs: `notify`, `outbox`, `smtp`. */
  readonly name: string;
  send(message: OutgoingMessage, options?: SendOptions): Promise<SendResult>;
  /** The message's current state. @throws {NotFoundError} when there is no such message. */
  status(id: string): Promise<NotificationRecord>;
  /** The most recent message sent with this reference, or undefined. */
  findByReference(reference: string): Promise<NotificationRecord | undefined>;
}

const optionalText = z.optional(z.string().check(z.minLength(1)));

export const outgoingMessageSchema = z.strictObject({
  template: templateSchema,
  to: optionalText,
  personalisation: z.optional(personalisationSchema),
  reference: z.string(),
  locale: z.optional(z.string()),
  emailReplyToId: optionalText,
  oneClickUnsubscribeUrl: z.optional(z.url({ protocol: /^https$/ })),
  smsSenderId: optionalText,
});

const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_NUMBER = /^\+?[\d\s()-]{7,20}$/;

/**
 * Checks a message before any provider acts on it: the shape, a recipient that
 * fits the template's type, letter address lines, and a reference free of
 * personal data. Messages never repeat the recipient.
 */
export function parseOutgoingMessage(message: unknown): OutgoingMessage {
  const parsed = parseInput(outgoingMessageSchema, message, { codePrefix: 'notifications.message', what: 'message' });
  assertSafeReference(parsed.reference);
  const type = parsed.template.type;
  if (type === 'email' && !(parsed.to !== undefined && EMAIL_ADDRESS.test(parsed.to))) {
    throw new ValidationError('notifications.invalid_recipient', 'An email needs `to`: an email address', { path: ['to'] });
  }
  if (type === 'sms' && !(parsed.to !== undefined && PHONE_NUMBER.test(parsed.to) && /\d{7}/.test(parsed.to.replace(/\D/g, '')))) {
    throw new ValidationError('notifications.invalid_recipient', 'A text message needs `to`: a phone number', { path: ['to'] });
  }
  if (type === 'letter') {
    if (parsed.to !== undefined) {
      throw new ValidationError(
        'notifications.invalid_recipient',
        'A letter has no `to`: put the address in `address_line_1` to `address_line_7`',
        { path: ['to'] },
      );
    }
    const lines = addressLines(parsed.personalisation ?? {});
    if (lines < 3) {
      throw new ValidationError(
        'notifications.letter_address',
        'A letter needs at least 3 address lines (`address_line_1` to `address_line_7`), the last a postcode or a country',
        { path: ['personalisation'] },
      );
    }
  }
  return parsed;
}

function addressLines(personalisation: Personalisation): number {
  // Notify matches these names as it matches placeholders: `Address line 1` works too.
  const values = indexValues(personalisation);
  let count = 0;
  for (let n = 1; n <= 7; n += 1) {
    const value = values.get(`addressline${n}`);
    if (typeof value === 'string' && value.trim() !== '') count += 1;
  }
  return count;
}
