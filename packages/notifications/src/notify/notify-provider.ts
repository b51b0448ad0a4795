/**
 * GOV.UK Notify, spoken over its v2 HTTP API with `fetch`.
 *
 * Retry policy (also in the README):
 * - 400 (bad request, validation) and 403 (auth): never retried; 400 is a
 *   `ValidationError`, 403 a `CivicError` `notifications.notify.auth`.
 * - 429 `RateLimitError` (3,000 a minute): retried inside `send` with
 *   exponential backoff; when attempts run out, a `RateLimitError` with
 *   `retryAfter`. Our own rolling-minute counter keeps us under the limit first.
 * - 429 `TooManyRequestsError` (daily limit): not retried; `RateLimitError`
 *   scope `daily`, `retryAfter` the next midnight UTC, when Notify resets it.
 * - 5xx, a timeout or a dropped connection: the message may or may not have
 *   been sent, so before sending again the provider looks the reference up and
 *   returns what it finds (`alreadySent: true`) instead of sending twice. When
 *   attempts run out, an `UnavailableError` (retryable); retry with `attempt` > 1
 *   and the lookup happens first.
 */
import { requestJson, unexpectedResponseError, unreachableError, type HttpOutcome } from '@civicbricks/core/http';
import { sleep } from '@civicbricks/core/timing';
import { CivicError, NotFoundError, UnavailableError, ValidationError } from '@civicbricks/core/errors';
import type { Locale } from '@civicbricks/core/i18n';
import * as z from 'zod/mini';
import { RateLimitError } from '../errors.js';
import {
  parseOutgoingMessage,
  type NotificationProvider,
  type NotificationRecord,
  type OutgoingMessage,
  type SendOptions,
  type SendResult,
} from '../provider.js';
import type { Personalisation, PersonalisationScalar, PersonalisationValue } from '../placeholders.js';
import { assertSafeReference } from '../reference.js';
import { checkAllowedLinkHosts, renderTemplate } from '../render.js';
import { withoutSmsControls } from '../sms.js';
import { isKnownStatus } from '../status.js';
import { createNotifyToken, parseApiKey, type NotifyCredentials } from './api-key.js';
import { RollingRateLimiter } from './rate-limit.js';

export const NOTIFY_BASE_URL = 'https://api.notifications.service.gov.uk';

export interface NotifyBackoff {
  /** Wait after the first failure; 1 000 ms if absent. */
  readonly initialMs?: number;
  /** Longest wait; 30 000 ms if absent. */
  readonly maxMs?: number;
  /** Growth per attempt; 2 if absent. */
  readonly factor?: number;
}

export interface NotifyProviderOptions {
  /** The API key from Notify's "API integration" page. Test keys send nothing; live keys do. */
  readonly apiKey: string;
  readonly baseUrl?: string;
  /** The global `fetch` if absent. */
  readonly fetch?: typeof fetch;
  /** For the JWT's `iat` and the rate limit; `() => new Date()` if absent. */
  readonly clock?: () => Date;
  /** How to wait between attempts; a timer if absent. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Give up on one request after this long; 10 000 ms if absent. */
  readonly timeoutMs?: number;
  /**
   * After a send whose answer was lost, keep looking the reference up for this
   * long (from when that request was made) before sending again, because Notify
   * may still be working on it. Must be longer than `timeoutMs`; twice
   * `timeoutMs` plus 5 000 ms if absent.
   */
  readonly lookupWindowMs?: number;
  /** Wait between those lookups; 1 000 ms if absent. */
  readonly lookupIntervalMs?: number;
  /** Requests one `send` may make for a message (not counting lookups); 3 if absent. */
  readonly maxAttempts?: number;
  readonly backoff?: NotifyBackoff;
  /** Share one between providers with the same key; one of 3,000 a minute per provider if absent. */
  readonly rateLimiter?: RollingRateLimiter;
  /** Over our own limit: wait for a slot (true, the default) or throw a `RateLimitError` (false). */
  readonly waitForRateLimit?: boolean;
  /**
   * Notify template ids by our template id: one id, or one per language. When
   * a template is not listed, its own `id` is used (it must then be Notify's).
   */
  readonly templateIds?: Readonly<Record<string, string | Readonly<Partial<Record<Locale, string>>>>>;
  /**
   * The hosts emails may link to (see `renderTemplate`'s `allowedLinkHosts`): an email linking anywhere else is
   * refused with `DisallowedLinkError` before anything is sent. Any host if absent.
   */
  readonly allowedLinkHosts?: readonly string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notificationSchema = z.object({
  id: z.string(),
  reference: z.nullable(z.optional(z.string())),
  type: z.enum(['email', 'sms', 'letter']),
  status: z.string(),
  template: z.object({ id: z.string() }),
  created_at: z.string(),
  sent_at: z.optional(z.nullable(z.string())),
  completed_at: z.optional(z.nullable(z.string())),
});
const listSchema = z.object({ notifications: z.array(notificationSchema) });
const sentSchema = z.object({ id: z.string() });
const errorBodySchema = z.object({ errors: z.array(z.object({ error: z.string(), message: z.string() })) });

/** A {@link NotificationProvider} that sends through GOV.UK Notify. */
export function createNotifyProvider(options: NotifyProviderOptions): NotificationProvider {
  return new NotifyProvider(options);
}

class NotifyProvider implements NotificationProvider {
  readonly name = 'notify';
  readonly #credentials: NotifyCredentials;
  readonly #baseUrl: string;
  readonly #fetch: typeof fetch;
  readonly #clock: () => Date;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly #timeoutMs: number;
  readonly #lookupWindowMs: number;
  readonly #lookupIntervalMs: number;
  readonly #maxAttempts: number;
  readonly #backoff: Required<NotifyBackoff>;
  readonly #limiter: RollingRateLimiter;
  readonly #wait: boolean;
  readonly #templateIds: NotifyProviderOptions['templateIds'];
  readonly #linkHosts: readonly string[] | undefined;

  constructor(options: NotifyProviderOptions) {
    this.#credentials = parseApiKey(options.apiKey);
    this.#baseUrl = (options.baseUrl ?? NOTIFY_BASE_URL).replace(/\/+$/, '');
    this.#fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.#clock = options.clock ?? (() => new Date());
    this.#sleep = options.sleep ?? sleep;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#lookupWindowMs = options.lookupWindowMs ?? 2 * this.#timeoutMs + 5_000;
    this.#lookupIntervalMs = options.lookupIntervalMs ?? 1_000;
    if (!(this.#lookupWindowMs > this.#timeoutMs)) {
      throw new ValidationError(
        'notifications.notify.lookup_window',
        '`lookupWindowMs` must be longer than `timeoutMs`: a request that timed out may still be running at Notify',
        { path: ['lookupWindowMs'] },
      );
    }
    if (!(this.#lookupIntervalMs > 0)) {
      throw new ValidationError('notifications.notify.lookup_interval', '`lookupIntervalMs` must be more than 0', {
        path: ['lookupIntervalMs'],
      });
    }
    this.#maxAttempts = Math.max(1, options.maxAttempts ?? 3);
    this.#backoff = { initialMs: 1000, maxMs: 30_000, factor: 2, ...options.backoff };
    this.#limiter = options.rateLimiter ?? new RollingRateLimiter({ clock: this.#clock });
    this.#wait = options.waitForRateLimit ?? true;
    this.#templateIds = options.templateIds;
    this.#linkHosts = checkAllowedLinkHosts(options.allowedLinkHosts, ['allowedLinkHosts']);
  }

  async send(input: OutgoingMessage, options: SendOptions = {}): Promise<SendResult> {
    const message = parseOutgoingMessage(input);
    // Render locally first: a missing value or an over-long text fails here, with a typed error, before anything is sent.
    const rendered = renderTemplate(message.template, message.personalisation ?? {}, {
      locale: message.locale,
      purpose: 'send',
      ...(this.#linkHosts ? { allowedLinkHosts: this.#linkHosts } : {}),
    });
    const templateId = this.#notifyTemplateId(message.template.id, rendered.locale);
    const { path, body } = requestFor(message, templateId);
    const done = (id: string, alreadySent: boolean, possibleDuplicate = false): SendResult => ({
      id,
      reference: message.reference,
      alreadySent,
      ...(possibleDuplicate ? { possibleDuplicate: true as const } : {}),
      locale: rendered.locale,
    });

    let mustLookUp = (options.attempt ?? 1) > 1;
    // When a request's answer was lost, Notify may still be creating the message: until the window has passed,
    // a lookup that finds nothing proves nothing, so keep looking rather than send it again.
    let lostAnswerAt = options.previousAnswerLost ? this.#clock().getTime() : undefined;
    let possibleDuplicate = false;
    let last: CivicError | undefined;
    for (let attempt = 1; attempt <= this.#maxAttempts; attempt += 1) {
      if (attempt > 1) await this.#sleep(this.#delay(attempt - 1), options.signal);
      if (lostAnswerAt !== undefined) {
        const found = await this.#lookUpUntil(message.reference, lostAnswerAt + this.#lookupWindowMs, options.signal);
        if (found) return done(found.id, true);
        possibleDuplicate = true;
        lostAnswerAt = undefined;
      } else if (mustLookUp) {
        const found = await this.findByReference(message.reference);
        if (found) return done(found.id, true);
      }
      await this.#takeSlot(options.signal);
      const postedAt = this.#clock().getTime();
      const outcome = await this.#request('POST', path, body, options.signal);
      if (outcome.kind === 'failed') {
        lostAnswerAt = postedAt;
        last = unreachable(outcome);
        continue;
      }
      if (outcome.status === 201) {
        const sent = sentSchema.safeParse(outcome.body);
        if (sent.success) return done(sent.data.id, false, possibleDuplicate);
        mustLookUp = true;
        last = unexpected(outcome.status);
        continue;
      }
      const error = this.#errorFor(outcome.status, outcome.body);
      if (outcome.status >= 500) mustLookUp = true;
      if (!error.retryable || (error instanceof RateLimitError && error.scope === 'daily')) throw error;
      last = error;
    }
    throw last ?? unexpected(0);
  }

  /**
   * Looks the reference up until it is found or `deadline` (a clock time in ms) has passed; at least once. The
   * waiting is counted as it is asked for, so the number of lookups is bounded however the clock moves.
   */
  async #lookUpUntil(reference: string, deadline: number, signal: AbortSignal | undefined): Promise<NotificationRecord | undefined> {
    const wait = Math.max(0, deadline - this.#clock().getTime());
    for (let waited = 0; ;) {
      const found = await this.findByReference(reference);
      if (found) return found;
      if (waited >= wait) return undefined;
      const step = Math.min(this.#lookupIntervalMs, wait - waited);
      await this.#sleep(step, signal);
      waited += step;
    }
  }

  async status(id: string): Promise<NotificationRecord> {
    if (typeof id !== 'string' || !UUID.test(id)) {
      throw new ValidationError('notifications.notify.invalid_id', 'A Notify notification id is a UUID', { path: ['id'] });
    }
    const outcome = await this.#request('GET', `/v2/notifications/${id}`);
    if (outcome.kind === 'failed') throw unreachable(outcome);
    if (outcome.status === 404)
      throw new NotFoundError('notifications.not_found', 'Notify has no notification with that id', { path: ['id'] });
    if (outcome.status !== 200) throw this.#errorFor(outcome.status, outcome.body);
    const parsed = notificationSchema.safeParse(outcome.body);
    if (!parsed.success) throw unexpected(outcome.status);
    return toRecord(parsed.data);
  }

  async findByReference(reference: string): Promise<NotificationRecord | undefined> {
    assertSafeReference(reference);
    const outcome = await this.#request('GET', `/v2/notifications?reference=${encodeURIComponent(reference)}`);
    if (outcome.kind === 'failed') throw unreachable(outcome);
    if (outcome.status !== 200) throw this.#errorFor(outcome.status, outcome.body);
    const parsed = listSchema.safeParse(outcome.body);
    if (!parsed.success) throw unexpected(outcome.status);
    // Notify lists newest first; a reference is ours, so any match is the message.
    const first = parsed.data.notifications.find((notification) => notification.reference === reference);
    return first ? toRecord(first) : undefined;
  }

  #notifyTemplateId(id: string, locale: Locale): string {
    const mapped = this.#templateIds?.[id];
    const notifyId = typeof mapped === 'string' ? mapped : (mapped?.[locale] ?? mapped?.en ?? id);
    if (!UUID.test(notifyId)) {
      throw new ValidationError(
        'notifications.notify.unknown_template',
        `Template \`${id}\` has no Notify template id for ${locale === 'cy' ? 'Welsh' : 'English'}: add it to \`templateIds\``,
        { path: ['template', 'id'] },
      );
    }
    return notifyId;
  }

  async #takeSlot(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = this.#limiter.tryTake();
      if (wait === 0) return;
      if (!this.#wait) {
        throw new RateLimitError(
          'notifications.rate_limited',
          `More than ${this.#limiter.limit} messages in a minute with this API key: try again shortly`,
          new Date(this.#clock().getTime() + wait),
          'client',
        );
      }
      await this.#sleep(wait, signal);
    }
  }

  #delay(failures: number): number {
    const { initialMs, maxMs, factor } = this.#backoff;
    return Math.min(maxMs, initialMs * factor ** (failures - 1));
  }

  async #request(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<HttpOutcome> {
    const token = await createNotifyToken(this.#credentials, this.#clock());
    return requestJson(this.#fetch, {
      method,
      url: `${this.#baseUrl}${path}`,
      headers: { authorization: `Bearer ${token}`, 'user-agent': 'civicbricks-notifications' },
      body,
      timeoutMs: this.#timeoutMs,
      signal,
    });
  }

  #errorFor(status: number, body: unknown): CivicError {
    const parsed = errorBodySchema.safeParse(body);
    const errors = parsed.success ? parsed.data.errors : [];
    const kinds = new Set(errors.map((error) => error.error));
    const said = errors.map((error) => error.message).join('; ');
    const now = this.#clock();
    if (status === 400) {
      return new ValidationError('notifications.notify.bad_request', `Notify refused the request: ${said || 'bad request'}`, {
        issues: errors.map((error) => ({ code: `notifications.notify.${error.error}`, path: [], message: error.message })),
      });
    }
    if (status === 403) {
      return new CivicError(
        'notifications.notify.auth',
        `Notify refused the API key: ${said || 'forbidden'}. Check the key and the server clock`,
        {
          retryable: false,
        },
      );
    }
    if (status === 429 && kinds.has('TooManyRequestsError')) {
      return new RateLimitError(
        'notifications.notify.daily_limit',
        `Notify's daily limit for this service is reached: ${said}`,
        nextMidnightUtc(now),
        'daily',
      );
    }
    if (status === 429) {
      return new RateLimitError(
        'notifications.notify.rate_limited',
        `Notify's limit of 3,000 messages a minute is reached: ${said || 'rate limited'}`,
        new Date(now.getTime() + this.#delay(1)),
        'minute',
      );
    }
    if (status >= 500) {
      return new UnavailableError(
        'notifications.notify.server_error',
        `Notify had a server error (${status}); the message may have been sent, so look it up by reference before sending again`,
      );
    }
    return new CivicError('notifications.notify.unexpected_status', `Notify answered ${status}: ${said || 'no details'}`, {
      retryable: false,
    });
  }
}

function smsSafeValues(personalisation: Personalisation): Personalisation {
  const clean = (value: PersonalisationScalar): PersonalisationScalar => (typeof value === 'string' ? withoutSmsControls(value) : value);
  const out: Record<string, PersonalisationValue> = {};
  for (const [name, value] of Object.entries(personalisation))
    out[name] = Array.isArray(value) ? value.map(clean) : clean(value as PersonalisationScalar);
  return out;
}

function requestFor(message: OutgoingMessage, templateId: string): { path: string; body: Record<string, unknown> } {
  const common: Record<string, unknown> = { template_id: templateId, reference: message.reference };
  if (message.personalisation) {
    // Notify builds the text message from the values itself, so they must carry no control character (ESC above all).
    common['personalisation'] = message.template.type === 'sms' ? smsSafeValues(message.personalisation) : message.personalisation;
  }
  switch (message.template.type) {
    case 'email':
      return {
        path: '/v2/notifications/email',
        body: {
          email_address: message.to,
          ...common,
          ...(message.emailReplyToId ? { email_reply_to_id: message.emailReplyToId } : {}),
          ...(message.oneClickUnsubscribeUrl ? { one_click_unsubscribe_url: message.oneClickUnsubscribeUrl } : {}),
        },
      };
    case 'sms':
      return {
        path: '/v2/notifications/sms',
        body: { phone_number: message.to, ...common, ...(message.smsSenderId ? { sms_sender_id: message.smsSenderId } : {}) },
      };
    case 'letter':
      return { path: '/v2/notifications/letter', body: common };
  }
}

function toRecord(notification: z.output<typeof notificationSchema>): NotificationRecord {
  if (!isKnownStatus(notification.type, notification.status)) {
    throw new UnavailableError(
      'notifications.notify.unexpected_response',
      `Notify reported a status we do not know: ${notification.status}`,
      {
        retryable: false,
      },
    );
  }
  return {
    id: notification.id,
    reference: notification.reference ?? null,
    type: notification.type,
    status: notification.status,
    templateId: notification.template.id,
    createdAt: notification.created_at,
    sentAt: notification.sent_at ?? null,
    completedAt: notification.completed_at ?? null,
  };
}

const NOTIFY = { codePrefix: 'notifications.notify', service: 'Notify', afterTimeout: 'the message may have been sent' } as const;

function unreachable(outcome: Extract<HttpOutcome, { kind: 'failed' }>): UnavailableError {
  return unreachableError(outcome, NOTIFY);
}

function unexpected(status: number): UnavailableError {
  return unexpectedResponseError(status, NOTIFY);
}

/** Notify's daily limits reset at midnight UTC. */
export function nextMidnightUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}
