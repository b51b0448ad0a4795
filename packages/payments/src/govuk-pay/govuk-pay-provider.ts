/**
 * GOV.UK Pay, spoken over its public REST API (v1) with `fetch`, exactly as
 * its published OpenAPI description says.
 *
 * Retry policy (also in the README):
 * - 429 (P0900), 5xx, a timeout or a dropped connection are retried, up to
 *   `maxAttempts`, waiting a random time up to an exponentially growing ceiling
 *   ("full jitter"), so many servers retrying at once do not retry together.
 * - A create whose answer was lost may have made the payment. Before trying
 *   again the provider searches GOV.UK Pay for its own reference and the marker
 *   it put in the metadata; the retry also carries the same `Idempotency-Key`,
 *   which GOV.UK Pay honours for 24 hours. Either way there is one payment.
 * - A refund whose answer was lost is looked up (the amount left and the list of
 *   refunds) before trying again, and every attempt sends `refund_amount_available`,
 *   so GOV.UK Pay refuses a second refund (412) rather than making it.
 * - Other 4xx are typed errors, never retried: 400 and 422 a `ValidationError`
 *   naming the field, 401 a `CivicError` (`payments.govuk_pay.auth`), 404
 *   `NotFoundError`, 409 and state refusals `PaymentStateError`, 412
 *   `RefundAmountMismatchError` with the amount left.
 * - The API key is held in a private field; errors and logs show only
 *   {@link redactApiKey}'s form.
 */
import { requestJson, unexpectedResponseError, unreachableError, type HttpOutcome } from '@civicbricks/core/http';
import { sleep } from '@civicbricks/core/timing';
import { CivicError, NotFoundError, UnavailableError, ValidationError, type ErrorPath } from '@civicbricks/core/errors';
import * as z from 'zod/mini';
import { PaymentStateError, RefundAmountMismatchError, RefundNotAvailableError, refundTooMuch } from '../errors.js';
import type {
  CallOptions,
  CardSummary,
  CreatePaymentResult,
  Payment,
  PaymentEvent,
  PaymentProvider,
  Refund,
  RefundAvailability,
  RefundResult,
  SearchResult,
} from '../provider.js';
import {
  MAX_METADATA_KEYS,
  MAX_METADATA_VALUE_LENGTH,
  parseCreatePayment,
  parsePaymentId,
  parseRefund,
  parseSearch,
  type CreatePaymentInput,
  type MetadataValue,
  type RefundInput,
  type SearchPaymentsInput,
} from '../schema.js';
import { isPaymentStatus, type PaymentStatus } from '../states.js';
import { checkApiKey, redactApiKey } from './api-key.js';

export const GOVUK_PAY_BASE_URL = 'https://publicapi.payments.service.gov.uk';

/**
 * The metadata key the provider adds to each payment it creates, holding the
 * request's idempotency key, so a payment whose answer was lost is found again
 * by search and never made twice. Left out when your metadata already has 15 keys
 * or the key is longer than a metadata value may be (100 characters).
 */
export const REQUEST_MARKER_KEY = 'civicbricks_request';

export interface GovUkPayBackoff {
  /** The ceiling of the first wait; 500 ms if absent. */
  readonly initialMs?: number;
  /** The highest ceiling; 10 000 ms if absent. */
  readonly maxMs?: number;
  /** Growth per attempt; 2 if absent. */
  readonly factor?: number;
}

/** One line about one HTTP request. Holds no API key, no request body and no personal data. */
export interface GovUkPayLogEntry {
  readonly method: string;
  /** The path without the query (a search's query can hold an email address). */
  readonly path: string;
  readonly attempt: number;
  readonly outcome: number | 'timeout' | 'network';
  /** GOV.UK Pay's error code, when it sent one. */
  readonly payCode?: string;
}

export interface GovUkPayProviderOptions {
  /** The API key from GOV.UK Pay's "API keys" page (`api_test_…` or `api_live_…`). */
  readonly apiKey: string;
  readonly baseUrl?: string;
  /** The global `fetch` if absent. */
  readonly fetch?: typeof fetch;
  /** Give up on one request after this long; 15 000 ms if absent. */
  readonly timeoutMs?: number;
  /** Requests one call may make (not counting look-ups); 4 if absent. */
  readonly maxAttempts?: number;
  readonly backoff?: GovUkPayBackoff;
  /** How to wait between attempts; a timer if absent. Tests pass one that records and returns at once. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** A number in [0, 1) for the jitter; `Math.random` if absent. */
  readonly random?: () => number;
  /** Makes an idempotency key when a create has none; `crypto.randomUUID` if absent. */
  readonly newIdempotencyKey?: () => string;
  readonly logger?: (entry: GovUkPayLogEntry) => void;
}

const linkSchema = z.object({ href: z.string(), method: z.optional(z.string()) });
const stateSchema = z.object({
  status: z.string(),
  finished: z.boolean(),
  code: z.optional(z.string()),
  message: z.optional(z.string()),
});
const metadataSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
const paymentSchema = z.object({
  payment_id: z.string(),
  amount: z.number(),
  reference: z.string(),
  description: z.string(),
  state: stateSchema,
  language: z.optional(z.enum(['en', 'cy'])),
  return_url: z.string(),
  delayed_capture: z.optional(z.boolean()),
  created_date: z.string(),
  metadata: z.optional(metadataSchema),
  email: z.optional(z.string()),
  provider_id: z.optional(z.string()),
  refund_summary: z.optional(z.object({ status: z.string(), amount_available: z.number(), amount_submitted: z.optional(z.number()) })),
  card_details: z.optional(
    z.object({
      card_brand: z.optional(z.nullable(z.string())),
      last_digits_card_number: z.optional(z.nullable(z.string())),
      first_digits_card_number: z.optional(z.nullable(z.string())),
      expiry_date: z.optional(z.nullable(z.string())),
      card_type: z.optional(z.nullable(z.string())),
    }),
  ),
  _links: z.optional(z.object({ next_url: z.optional(z.nullable(linkSchema)) })),
});
/** A payment as GOV.UK Pay's JSON has it. */
type PayPayment = z.output<typeof paymentSchema>;

const searchSchema = z.object({
  total: z.number(),
  count: z.number(),
  page: z.number(),
  results: z.array(paymentSchema),
});
const refundSchema = z.object({
  refund_id: z.string(),
  payment_id: z.optional(z.string()),
  amount: z.number(),
  status: z.enum(['submitted', 'success', 'error']),
  created_date: z.string(),
});
const refundListSchema = z.object({ _embedded: z.object({ refunds: z.array(refundSchema) }) });
const eventsSchema = z.object({
  events: z.array(z.object({ payment_id: z.optional(z.string()), state: stateSchema, updated: z.string() })),
});
const errorSchema = z.object({
  code: z.optional(z.string()),
  description: z.optional(z.string()),
  field: z.optional(z.string()),
  header: z.optional(z.string()),
});

/** A {@link PaymentProvider} that takes payments through GOV.UK Pay. */
export function createGovUkPayProvider(options: GovUkPayProviderOptions): PaymentProvider {
  return new GovUkPayProvider(options);
}

class GovUkPayProvider implements PaymentProvider {
  readonly name = 'govuk-pay';
  readonly #apiKey: string;
  readonly #redacted: string;
  readonly #baseUrl: string;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly #maxAttempts: number;
  readonly #backoff: Required<GovUkPayBackoff>;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly #random: () => number;
  readonly #newKey: () => string;
  readonly #log: (entry: GovUkPayLogEntry) => void;

  constructor(options: GovUkPayProviderOptions) {
    if (options === null || typeof options !== 'object') {
      throw new ValidationError('payments.govuk_pay.invalid_options', 'createGovUkPayProvider needs options: { apiKey }', { path: [] });
    }
    this.#apiKey = checkApiKey(options.apiKey);
    this.#redacted = redactApiKey(this.#apiKey);
    this.#baseUrl = (options.baseUrl ?? GOVUK_PAY_BASE_URL).replace(/\/+$/, '');
    this.#fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#maxAttempts = Math.max(1, options.maxAttempts ?? 4);
    this.#backoff = { initialMs: 500, maxMs: 10_000, factor: 2, ...options.backoff };
    this.#sleep = options.sleep ?? sleep;
    this.#random = options.random ?? Math.random;
    this.#newKey = options.newIdempotencyKey ?? (() => globalThis.crypto.randomUUID());
    this.#log = options.logger ?? (() => undefined);
  }

  /** What `console.log(provider)` and `JSON.stringify(provider)` show: never the key. */
  toJSON(): { name: string; baseUrl: string; apiKey: string } {
    return { name: this.name, baseUrl: this.#baseUrl, apiKey: this.#redacted };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `GovUkPayProvider { baseUrl: '${this.#baseUrl}', apiKey: '${this.#redacted}' }`;
  }

  async createPayment(input: CreatePaymentInput, options: CallOptions = {}): Promise<CreatePaymentResult> {
    const request = parseCreatePayment(input);
    const key = request.idempotencyKey ?? this.#newKey();
    // A metadata value holds at most 100 characters, so a longer key cannot be the marker.
    const marked =
      key.length <= MAX_METADATA_VALUE_LENGTH &&
      (request.metadata === undefined || Object.keys(request.metadata).length < MAX_METADATA_KEYS);
    const metadata = marked ? { ...request.metadata, [REQUEST_MARKER_KEY]: key } : request.metadata;
    const body: Record<string, unknown> = {
      amount: request.amount,
      reference: request.reference,
      description: request.description,
      return_url: request.returnUrl,
      ...(request.language === undefined ? {} : { language: request.language }),
      ...(metadata === undefined ? {} : { metadata }),
      ...(request.email === undefined ? {} : { email: request.email }),
      ...(request.prefilledCardholderDetails === undefined
        ? {}
        : { prefilled_cardholder_details: prefilledDetails(request.prefilledCardholderDetails) }),
      ...(request.delayedCapture === undefined ? {} : { delayed_capture: request.delayedCapture }),
    };
    const isOurs = (payment: PayPayment): boolean =>
      marked
        ? payment.metadata?.[REQUEST_MARKER_KEY] === key
        : payment.amount === request.amount && payment.description === request.description && payment.return_url === request.returnUrl;

    let ambiguous = false;
    let last: CivicError | undefined;
    for (let attempt = 1; attempt <= this.#maxAttempts; attempt += 1) {
      if (attempt > 1) await this.#sleep(this.#delay(attempt - 1), options.signal);
      if (ambiguous) {
        const found = await this.#findOurs(request.reference, isOurs, options.signal);
        if (found) return { payment: found, recovered: true };
      }
      const outcome = await this.#request('POST', '/v1/payments', attempt, { body, idempotencyKey: key, signal: options.signal });
      if (outcome.kind === 'failed') {
        ambiguous = true;
        last = unreachable(outcome);
        continue;
      }
      if (outcome.status === 201 || outcome.status === 200) {
        const parsed = paymentSchema.safeParse(outcome.body);
        // 200 instead of 201: GOV.UK Pay recognised the Idempotency-Key and gave back the payment already made.
        if (parsed.success) return { payment: toPayment(parsed.data), recovered: outcome.status === 200 };
        ambiguous = true;
        last = unexpected(outcome.status);
        continue;
      }
      const error = this.#errorFor(outcome.status, outcome.body, createFieldPath);
      if (outcome.status >= 500) ambiguous = true;
      if (!error.retryable) throw error;
      last = error;
    }
    // Out of attempts after an ambiguous failure: one last look, so a payment made is never reported as not made.
    if (ambiguous) {
      const found = await this.#findOurs(request.reference, isOurs, options.signal).catch(() => undefined);
      if (found) return { payment: found, recovered: true };
    }
    throw last ?? unexpected(0);
  }

  async findPayment(idempotencyKey: string, reference: string, options: CallOptions = {}): Promise<Payment | undefined> {
    // Only payments carrying our marker can be told apart from others with the same reference.
    return this.#findOurs(reference, (payment) => payment.metadata?.[REQUEST_MARKER_KEY] === idempotencyKey, options.signal);
  }

  async getPayment(paymentId: string, options: CallOptions = {}): Promise<Payment> {
    const id = parsePaymentId(paymentId);
    const body = await this.#read(`/v1/payments/${id}`, options.signal);
    return toPayment(parseBody(paymentSchema, body));
  }

  async cancelPayment(paymentId: string, options: CallOptions = {}): Promise<void> {
    const id = parsePaymentId(paymentId);
    await this.#stateChange(id, 'cancel', 'cancelled', options.signal);
  }

  async capturePayment(paymentId: string, options: CallOptions = {}): Promise<void> {
    const id = parsePaymentId(paymentId);
    await this.#stateChange(id, 'capture', 'success', options.signal);
  }

  async refundPayment(input: RefundInput, options: CallOptions = {}): Promise<RefundResult> {
    const request = parseRefund(input);
    const path = `/v1/payments/${request.paymentId}/refunds`;
    let expected = request.refundAmountAvailable;
    if (expected === undefined) {
      const payment = await this.getPayment(request.paymentId, options);
      if (payment.status !== 'success') {
        throw new RefundNotAvailableError(`This payment is ${payment.status}: only a successful payment can be refunded`, undefined);
      }
      expected = payment.refundSummary.amountAvailable;
    }
    if (request.amount > expected) throw refundTooMuch(expected);
    const body = { amount: request.amount, refund_amount_available: expected };

    let ambiguous = false;
    let last: CivicError | undefined;
    for (let attempt = 1; attempt <= this.#maxAttempts; attempt += 1) {
      if (attempt > 1) await this.#sleep(this.#delay(attempt - 1), options.signal);
      if (ambiguous) {
        const payment = await this.getPayment(request.paymentId, options);
        const left = payment.refundSummary.amountAvailable;
        if (left === expected - request.amount) {
          const refunds = await this.listRefunds(request.paymentId, options);
          const made = [...refunds].reverse().find((refund) => refund.amount === request.amount && refund.status !== 'error');
          if (made) return { refund: made, recovered: true };
        }
        if (left !== expected) throw new RefundAmountMismatchError(left);
      }
      const outcome = await this.#request('POST', path, attempt, { body, signal: options.signal });
      if (outcome.kind === 'failed') {
        ambiguous = true;
        last = unreachable(outcome);
        continue;
      }
      if (outcome.status === 200 || outcome.status === 202 || outcome.status === 201) {
        const parsed = refundSchema.safeParse(outcome.body);
        if (parsed.success) return { refund: toRefund(parsed.data, request.paymentId), recovered: false };
        ambiguous = true;
        last = unexpected(outcome.status);
        continue;
      }
      if (outcome.status === 412) {
        // GOV.UK Pay's 412 says only that the amount moved on: ask for the amount left, so the caseworker sees it.
        const payment = await this.getPayment(request.paymentId, options).catch(() => undefined);
        throw new RefundAmountMismatchError(payment?.refundSummary.amountAvailable);
      }
      if (outcome.status === 400 && errorSchema.safeParse(outcome.body).data?.code === 'P0603') {
        throw new RefundNotAvailableError(`GOV.UK Pay says this payment cannot be refunded: ${describeError(outcome.body)}`, undefined);
      }
      const error = this.#errorFor(outcome.status, outcome.body, refundFieldPath);
      if (outcome.status >= 500) ambiguous = true;
      if (!error.retryable) throw error;
      last = error;
    }
    throw last ?? unexpected(0);
  }

  async listRefunds(paymentId: string, options: CallOptions = {}): Promise<readonly Refund[]> {
    const id = parsePaymentId(paymentId);
    const body = await this.#read(`/v1/payments/${id}/refunds`, options.signal);
    return parseBody(refundListSchema, body)._embedded.refunds.map((refund) => toRefund(refund, id));
  }

  async getPaymentEvents(paymentId: string, options: CallOptions = {}): Promise<readonly PaymentEvent[]> {
    const id = parsePaymentId(paymentId);
    const body = await this.#read(`/v1/payments/${id}/events`, options.signal);
    return parseBody(eventsSchema, body).events.map((event) => ({
      paymentId: event.payment_id ?? id,
      status: knownStatus(event.state.status),
      finished: event.state.finished,
      code: event.state.code ?? null,
      updated: event.updated,
    }));
  }

  async searchPayments(input: SearchPaymentsInput = {}, options: CallOptions = {}): Promise<SearchResult> {
    const parsed = await this.#search(input, options.signal);
    return { total: parsed.total, count: parsed.count, page: parsed.page, results: parsed.results.map(toPayment) };
  }

  async #search(input: SearchPaymentsInput, signal?: AbortSignal): Promise<z.output<typeof searchSchema>> {
    const query = parseSearch(input);
    const params = new URLSearchParams();
    if (query.reference !== undefined) params.set('reference', query.reference);
    if (query.status !== undefined) params.set('state', query.status);
    if (query.fromDate !== undefined) params.set('from_date', new Date(query.fromDate).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    if (query.toDate !== undefined) params.set('to_date', new Date(query.toDate).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    if (query.page !== undefined) params.set('page', String(query.page));
    if (query.displaySize !== undefined) params.set('display_size', String(query.displaySize));
    const search = params.toString();
    const body = await this.#read(`/v1/payments${search === '' ? '' : `?${search}`}`, signal);
    return parseBody(searchSchema, body);
  }

  async #findOurs(reference: string, isOurs: (payment: PayPayment) => boolean, signal?: AbortSignal): Promise<Payment | undefined> {
    const found = await this.#search({ reference }, signal);
    const match = found.results.find(isOurs);
    // The search is read from GOV.UK Pay's ledger; the GET is the strongly consistent answer.
    return match ? this.getPayment(match.payment_id, { signal }) : undefined;
  }

  async #stateChange(id: string, action: 'cancel' | 'capture', done: PaymentStatus, signal?: AbortSignal): Promise<void> {
    let ambiguous = false;
    let last: CivicError | undefined;
    for (let attempt = 1; attempt <= this.#maxAttempts; attempt += 1) {
      if (attempt > 1) await this.#sleep(this.#delay(attempt - 1), signal);
      const outcome = await this.#request('POST', `/v1/payments/${id}/${action}`, attempt, { signal });
      if (outcome.kind === 'failed') {
        ambiguous = true;
        last = unreachable(outcome);
        continue;
      }
      if (outcome.status === 204) return;
      if (outcome.status === 400 || outcome.status === 409) {
        // A refusal after a lost answer may mean our own earlier attempt worked: the GET says.
        if (ambiguous && (await this.getPayment(id, { signal })).status === done) return;
        const said = describeError(outcome.body);
        throw new PaymentStateError(
          action === 'cancel' ? 'payments.cannot_cancel' : 'payments.cannot_capture',
          action === 'cancel'
            ? `GOV.UK Pay could not cancel this payment: it has finished or cannot be cancelled (${said})`
            : `GOV.UK Pay could not capture this payment: it is not capturable (${said})`,
          { path: ['paymentId'] },
        );
      }
      const error = this.#errorFor(outcome.status, outcome.body, () => ['paymentId']);
      if (outcome.status >= 500) ambiguous = true;
      if (!error.retryable) throw error;
      last = error;
    }
    throw last ?? unexpected(0);
  }

  async #read(path: string, signal?: AbortSignal): Promise<unknown> {
    let last: CivicError | undefined;
    for (let attempt = 1; attempt <= this.#maxAttempts; attempt += 1) {
      if (attempt > 1) await this.#sleep(this.#delay(attempt - 1), signal);
      const outcome = await this.#request('GET', path, attempt, { signal });
      if (outcome.kind === 'failed') {
        last = unreachable(outcome);
        continue;
      }
      if (outcome.status === 200) return outcome.body;
      const error = this.#errorFor(outcome.status, outcome.body, searchFieldPath);
      if (!error.retryable) throw error;
      last = error;
    }
    throw last ?? unexpected(0);
  }

  /** Full jitter: a random wait up to a ceiling that grows each attempt. */
  #delay(failures: number): number {
    const { initialMs, maxMs, factor } = this.#backoff;
    const ceiling = Math.min(maxMs, initialMs * factor ** (failures - 1));
    return Math.floor(this.#random() * ceiling);
  }

  async #request(
    method: 'GET' | 'POST',
    path: string,
    attempt: number,
    extra: { body?: unknown; idempotencyKey?: string; signal?: AbortSignal | undefined },
  ): Promise<HttpOutcome> {
    const logPath = path.split('?')[0] ?? path;
    const outcome = await requestJson(this.#fetch, {
      method,
      url: `${this.#baseUrl}${path}`,
      headers: {
        authorization: `Bearer ${this.#apiKey}`,
        ...(extra.idempotencyKey === undefined ? {} : { 'idempotency-key': extra.idempotencyKey }),
        'user-agent': 'civicbricks-payments',
      },
      body: extra.body,
      timeoutMs: this.#timeoutMs,
      signal: extra.signal,
    });
    if (outcome.kind === 'failed') {
      this.#log({ method, path: logPath, attempt, outcome: outcome.reason });
      return { ...outcome, cause: scrub(outcome.cause, this.#apiKey) };
    }
    const payCode = errorSchema.safeParse(outcome.body).data?.code;
    const ok = outcome.status >= 200 && outcome.status < 300;
    this.#log({ method, path: logPath, attempt, outcome: outcome.status, ...(ok || payCode === undefined ? {} : { payCode }) });
    return outcome;
  }

  #errorFor(status: number, body: unknown, fieldPath: (field: string) => ErrorPath): CivicError {
    const parsed = errorSchema.safeParse(body);
    const error = parsed.success ? parsed.data : {};
    const said = describeError(body);
    const code = `payments.govuk_pay.${error.code ?? status}`;
    if (status === 400 || status === 422) {
      const path = error.field ? fieldPath(error.field) : error.header ? ['idempotencyKey'] : [];
      return new ValidationError(code, `GOV.UK Pay refused the request: ${said}`, { path });
    }
    if (status === 401 || status === 403) {
      return new CivicError(
        'payments.govuk_pay.auth',
        `GOV.UK Pay refused the API key ${this.#redacted}: check it is the key for this service and has not been revoked`,
        { path: ['apiKey'], retryable: false },
      );
    }
    if (status === 404)
      return new NotFoundError('payments.not_found', 'GOV.UK Pay has no payment with this id for this API key', { path: ['paymentId'] });
    if (status === 429) {
      return new UnavailableError(
        'payments.govuk_pay.rate_limited',
        `GOV.UK Pay says there are too many requests: try again shortly (${said})`,
      );
    }
    if (status >= 500) {
      return new UnavailableError('payments.govuk_pay.server_error', `GOV.UK Pay had a server error (${status}): ${said}`);
    }
    return new CivicError(code, `GOV.UK Pay answered ${status}: ${said}`, { retryable: false });
  }
}

function describeError(body: unknown): string {
  const parsed = errorSchema.safeParse(body);
  if (!parsed.success || (parsed.data.code === undefined && parsed.data.description === undefined)) return 'no details given';
  return [parsed.data.code, parsed.data.description].filter((part) => part !== undefined).join(' ');
}

/** GOV.UK Pay names fields as the request body does; our input names them in camelCase. */
function camel(name: string): string {
  return name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function createFieldPath(field: string): ErrorPath {
  return field.split('.').map(camel);
}

function refundFieldPath(field: string): ErrorPath {
  return [camel(field)];
}

function searchFieldPath(field: string): ErrorPath {
  return field
    .split(',')
    .map((name) => (name.trim() === 'state' ? 'status' : camel(name.trim())))
    .slice(0, 1);
}

function prefilledDetails(details: {
  cardholderName?: string | undefined;
  billingAddress?: { line1?: string; line2?: string; postcode?: string; city?: string; country?: string } | undefined;
}): Record<string, unknown> {
  return {
    ...(details.cardholderName === undefined ? {} : { cardholder_name: details.cardholderName }),
    ...(details.billingAddress === undefined ? {} : { billing_address: { ...details.billingAddress } }),
  };
}

function knownStatus(status: string): PaymentStatus {
  if (!isPaymentStatus(status)) {
    throw new UnavailableError('payments.govuk_pay.unexpected_response', `GOV.UK Pay reported a payment status we do not know: ${status}`, {
      retryable: false,
    });
  }
  return status;
}

function parseBody<T>(schema: z.ZodMiniType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw unexpected(200);
  return parsed.data;
}

const REFUND_STATUSES: readonly RefundAvailability[] = ['available', 'full', 'pending', 'unavailable'];

function toPayment(body: PayPayment): Payment {
  const summary = body.refund_summary;
  const card = body.card_details;
  const cardSummary: CardSummary | null = card
    ? {
        cardBrand: card.card_brand ?? null,
        lastDigitsCardNumber: card.last_digits_card_number ?? null,
        firstDigitsCardNumber: card.first_digits_card_number ?? null,
        expiryDate: card.expiry_date ?? null,
        cardType: card.card_type ?? null,
      }
    : null;
  const metadata = body.metadata ? withoutMarker(body.metadata) : null;
  return Object.freeze({
    paymentId: body.payment_id,
    amount: body.amount,
    reference: body.reference,
    description: body.description,
    status: knownStatus(body.state.status),
    finished: body.state.finished,
    code: body.state.code ?? null,
    message: body.state.message ?? null,
    language: body.language ?? 'en',
    returnUrl: body.return_url,
    nextUrl: body._links?.next_url?.href ?? null,
    delayedCapture: body.delayed_capture ?? false,
    createdDate: body.created_date,
    metadata,
    email: body.email ?? null,
    refundSummary: Object.freeze({
      status: (REFUND_STATUSES as readonly string[]).includes(summary?.status ?? '')
        ? (summary?.status as RefundAvailability)
        : 'unavailable',
      amountAvailable: summary?.amount_available ?? 0,
      amountSubmitted: summary?.amount_submitted ?? 0,
    }),
    card: cardSummary,
    providerId: body.provider_id ?? null,
  });
}

/** The marker is ours, for finding a payment again; the service sees its own metadata only. */
function withoutMarker(metadata: Record<string, MetadataValue>): Readonly<Record<string, MetadataValue>> | null {
  const rest = Object.fromEntries(Object.entries(metadata).filter(([key]) => key !== REQUEST_MARKER_KEY));
  return Object.keys(rest).length === 0 ? null : Object.freeze(rest);
}

function toRefund(body: z.output<typeof refundSchema>, paymentId: string): Refund {
  return Object.freeze({
    refundId: body.refund_id,
    paymentId: body.payment_id ?? paymentId,
    amount: body.amount,
    status: body.status,
    createdDate: body.created_date,
  });
}

/** A fetch error's message could quote request options; keep the kind of failure, never the key. */
function scrub(cause: unknown, apiKey: string): unknown {
  if (!(cause instanceof Error)) return undefined;
  const message = cause.message.split(apiKey).join('[redacted]');
  const code = (cause as { cause?: { code?: unknown } }).cause?.code;
  return new Error(typeof code === 'string' ? `${message} (${code})` : message);
}

const PAY = { codePrefix: 'payments.govuk_pay', service: 'GOV.UK Pay', afterTimeout: 'the request may have worked' } as const;

function unreachable(outcome: Extract<HttpOutcome, { kind: 'failed' }>): UnavailableError {
  return unreachableError(outcome, PAY);
}

function unexpected(status: number): UnavailableError {
  return unexpectedResponseError(status, PAY);
}
