/**
 * The embedded sandbox: a payment provider that behaves as GOV.UK Pay does
 * (the same statuses, codes, refund rules and 90-minute expiry) with no account
 * and no network. Payments are held in memory. The paying user's part (entering
 * a card) is {@link SandboxProvider.submitCard}, which only accepts GOV.UK Pay's
 * published test cards.
 */
import { NotFoundError, ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import * as z from 'zod/mini';
import { PaymentStateError, RefundAmountMismatchError, RefundNotAvailableError, refundTooMuch } from '../errors.js';
import type {
  CallOptions,
  CreatePaymentResult,
  Payment,
  PaymentEvent,
  PaymentProvider,
  Refund,
  RefundResult,
  RefundSummary,
  SearchResult,
} from '../provider.js';
import {
  parseCreatePayment,
  parsePaymentId,
  parseRefund,
  parseSearch,
  type CreatePaymentInput,
  type RefundInput,
  type SearchPaymentsInput,
} from '../schema.js';
import { FAILURE_CODES, isFinishedStatus, type PaymentStatus } from '../states.js';
import { findTestCard, type TestCardOutcome } from './test-cards.js';

/** GOV.UK Pay ends a payment the paying user has not finished after 90 minutes (P0020). */
export const PAYMENT_EXPIRY_MS = 90 * 60 * 1000;

export interface SandboxProviderOptions {
  /** `() => new Date()` if absent; tests move it by hand to see payments expire. */
  readonly clock?: () => Date;
  /** Where `nextUrl` points: the sandbox card page of the service that mounts one. */
  readonly cardPageUrl?: string;
  /** Random bytes for ids; `crypto.getRandomValues` if absent. */
  readonly random?: (bytes: Uint8Array) => void;
}

const cardSchema = z.strictObject({
  cardNumber: z.string('Enter the card number'),
  expiryMonth: z
    .int('Enter the expiry month as a number')
    .check(z.minimum(1, 'The expiry month is 1 to 12'), z.maximum(12, 'The expiry month is 1 to 12')),
  expiryYear: z.int('Enter the expiry year as a number').check(z.minimum(0), z.maximum(9999)),
  cvc: z.string('Enter the card security code').check(z.regex(/^\d{3,4}$/, 'The card security code is 3 or 4 digits')),
  cardholderName: z.string('Enter the name on the card').check(z.minLength(1, 'Enter the name on the card'), z.maxLength(255)),
  locale: z.optional(z.enum(['en', 'cy'])),
});

/** What a paying user types on the card page. The number and the security code are never kept. */
export type CardEntry = z.input<typeof cardSchema>;

export interface CardSubmission {
  readonly payment: Payment;
  readonly outcome: TestCardOutcome;
}

interface Held {
  payment: MutablePayment;
  events: PaymentEvent[];
  refunds: Refund[];
  expiresAt: number;
}

type MutablePayment = { -readonly [K in keyof Payment]: Payment[K] };

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export class SandboxProvider implements PaymentProvider {
  readonly name = 'sandbox';
  readonly #payments = new Map<string, Held>();
  readonly #idempotency = new Map<string, string>();
  readonly #clock: () => Date;
  readonly #cardPageUrl: string;
  readonly #random: (bytes: Uint8Array) => void;

  constructor(options: SandboxProviderOptions = {}) {
    this.#clock = options.clock ?? (() => new Date());
    this.#cardPageUrl = (options.cardPageUrl ?? 'http://localhost/sandbox/card-details').replace(/\/+$/, '');
    this.#random = options.random ?? ((bytes) => void globalThis.crypto.getRandomValues(bytes));
  }

  async createPayment(input: CreatePaymentInput, _options?: CallOptions): Promise<CreatePaymentResult> {
    const request = parseCreatePayment(input);
    if (request.idempotencyKey !== undefined) {
      const existing = this.#idempotency.get(request.idempotencyKey);
      if (existing !== undefined) return { payment: this.#read(existing), recovered: true };
    }
    const paymentId = this.#newId();
    const now = this.#clock();
    const payment: MutablePayment = {
      paymentId,
      amount: request.amount,
      reference: request.reference,
      description: request.description,
      status: 'created',
      finished: false,
      code: null,
      message: null,
      language: request.language ?? 'en',
      returnUrl: request.returnUrl,
      nextUrl: `${this.#cardPageUrl}/${paymentId}`,
      delayedCapture: request.delayedCapture ?? false,
      createdDate: now.toISOString(),
      metadata: request.metadata ? { ...request.metadata } : null,
      email: request.email ?? null,
      refundSummary: { status: 'pending', amountAvailable: request.amount, amountSubmitted: 0 },
      card: null,
      providerId: null,
    };
    const held: Held = { payment, events: [], refunds: [], expiresAt: now.getTime() + PAYMENT_EXPIRY_MS };
    this.#payments.set(paymentId, held);
    this.#record(held, now);
    if (request.idempotencyKey !== undefined) this.#idempotency.set(request.idempotencyKey, paymentId);
    return { payment: snapshot(payment), recovered: false };
  }

  async findPayment(idempotencyKey: string, _reference: string, _options?: CallOptions): Promise<Payment | undefined> {
    const id = this.#idempotency.get(idempotencyKey);
    return id === undefined ? undefined : this.#read(id);
  }

  async getPayment(paymentId: string, _options?: CallOptions): Promise<Payment> {
    return this.#read(parsePaymentId(paymentId));
  }

  async cancelPayment(paymentId: string, _options?: CallOptions): Promise<void> {
    const held = this.#held(parsePaymentId(paymentId));
    if (held.payment.finished) {
      throw new PaymentStateError(
        'payments.cannot_cancel',
        `This payment is ${held.payment.status}: only a payment that has not finished can be cancelled`,
        {
          path: ['paymentId'],
        },
      );
    }
    this.#finish(held, 'cancelled', FAILURE_CODES.cancelledByService, 'Payment was cancelled by the service');
  }

  async capturePayment(paymentId: string, _options?: CallOptions): Promise<void> {
    const held = this.#held(parsePaymentId(paymentId));
    if (held.payment.status !== 'capturable') {
      throw new PaymentStateError(
        'payments.cannot_capture',
        `This payment is ${held.payment.status}: only a capturable payment can be captured`,
        {
          path: ['paymentId'],
        },
      );
    }
    this.#finish(held, 'success', null, null);
  }

  async refundPayment(input: RefundInput, _options?: CallOptions): Promise<RefundResult> {
    const request = parseRefund(input);
    const held = this.#held(request.paymentId);
    const summary = held.payment.refundSummary;
    if (held.payment.status !== 'success') {
      throw new RefundNotAvailableError(`This payment is ${held.payment.status}: only a successful payment can be refunded`, undefined);
    }
    const expected = request.refundAmountAvailable ?? summary.amountAvailable;
    if (expected !== summary.amountAvailable) throw new RefundAmountMismatchError(summary.amountAvailable);
    if (request.amount > summary.amountAvailable) throw refundTooMuch(summary.amountAvailable);
    const refund: Refund = {
      refundId: this.#newId(),
      paymentId: request.paymentId,
      amount: request.amount,
      status: 'submitted',
      createdDate: this.#clock().toISOString(),
    };
    held.refunds.push(refund);
    held.payment.refundSummary = refundSummaryFor(held.payment.status, held.payment.amount, held.refunds);
    return { refund, recovered: false };
  }

  async listRefunds(paymentId: string, _options?: CallOptions): Promise<readonly Refund[]> {
    const held = this.#held(parsePaymentId(paymentId));
    // A refund is `submitted` when made and `success` once the card processor has it, as on GOV.UK Pay's sandbox.
    held.refunds = held.refunds.map((refund) => (refund.status === 'submitted' ? { ...refund, status: 'success' } : refund));
    return held.refunds.map((refund) => ({ ...refund }));
  }

  async getPaymentEvents(paymentId: string, _options?: CallOptions): Promise<readonly PaymentEvent[]> {
    const held = this.#held(parsePaymentId(paymentId));
    this.#expire(held);
    return held.events.map((event) => ({ ...event }));
  }

  async searchPayments(input: SearchPaymentsInput = {}, _options?: CallOptions): Promise<SearchResult> {
    const query = parseSearch(input);
    const from = query.fromDate === undefined ? undefined : Date.parse(query.fromDate);
    const to = query.toDate === undefined ? undefined : Date.parse(query.toDate);
    const matches = [...this.#payments.values()]
      .map((held) => {
        this.#expire(held);
        return held.payment;
      })
      .filter((payment) => query.reference === undefined || payment.reference === query.reference)
      .filter((payment) => query.status === undefined || searchStatus(payment.status) === query.status)
      .filter((payment) => from === undefined || Date.parse(payment.createdDate) >= from)
      .filter((payment) => to === undefined || Date.parse(payment.createdDate) < to)
      .reverse();
    const size = query.displaySize ?? 500;
    const page = query.page ?? 1;
    const results = matches.slice((page - 1) * size, page * size).map(snapshot);
    return { total: matches.length, count: results.length, page, results };
  }

  /** The paying user opened the card page: the payment is `started`. */
  async startPayment(paymentId: string): Promise<Payment> {
    const held = this.#held(parsePaymentId(paymentId));
    this.#expire(held);
    if (held.payment.status === 'created') this.#move(held, 'started');
    return snapshot(held.payment);
  }

  /**
   * The paying user entered a card. Only GOV.UK Pay's test cards are accepted;
   * each gives its documented outcome. The number and security code are not kept:
   * only the brand, the first six and last four digits, as GOV.UK Pay returns them.
   * @throws {ValidationError} for a card that is not a test card (`payments.sandbox.not_a_test_card`) or a field left wrong.
   */
  async submitCard(paymentId: string, entry: CardEntry): Promise<CardSubmission> {
    const id = parsePaymentId(paymentId);
    const card = parseInput(cardSchema, entry, { codePrefix: 'payments.sandbox.card', what: 'card details' });
    const held = this.#held(id);
    this.#expire(held);
    if (held.payment.finished || held.payment.status === 'submitted' || held.payment.status === 'capturable') {
      throw new PaymentStateError(
        'payments.sandbox.already_paid',
        `This payment is ${held.payment.status}: the card details cannot be entered again`,
        {
          path: ['paymentId'],
        },
      );
    }
    const testCard = findTestCard(card.cardNumber, card.locale ?? held.payment.language);
    const year = card.expiryYear < 100 ? 2000 + card.expiryYear : card.expiryYear;
    const now = this.#clock();
    if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && card.expiryMonth < now.getUTCMonth() + 1)) {
      throw new ValidationError('payments.sandbox.card_expiry_past', 'The expiry date must be in the future', { path: ['expiryMonth'] });
    }
    if (held.payment.status === 'created') this.#move(held, 'started');
    held.payment.card = {
      cardBrand: testCard.brand === 'visa' ? 'Visa' : 'Mastercard',
      firstDigitsCardNumber: testCard.number.slice(0, 6),
      lastDigitsCardNumber: testCard.number.slice(-4),
      expiryDate: `${String(card.expiryMonth).padStart(2, '0')}/${String(year % 100).padStart(2, '0')}`,
      cardType: testCard.type,
    };
    held.payment.providerId = this.#newId().slice(0, 16);
    const outcome = testCard.outcome;
    if (outcome.result === 'success') {
      this.#move(held, 'submitted');
      if (held.payment.delayedCapture) this.#move(held, 'capturable');
      else this.#finish(held, 'success', null, null);
    } else if (outcome.result === 'declined') {
      this.#finish(held, 'failed', outcome.code, 'Payment method rejected');
    } else {
      this.#finish(held, 'error', outcome.code, 'Payment provider returned an error');
    }
    return { payment: snapshot(held.payment), outcome };
  }

  /** The paying user chose "Cancel payment" on the card page: failed with P0030. */
  async cancelByUser(paymentId: string): Promise<Payment> {
    const held = this.#held(parsePaymentId(paymentId));
    this.#expire(held);
    if (held.payment.finished || held.payment.status === 'capturable') {
      throw new PaymentStateError(
        'payments.sandbox.cannot_cancel',
        `This payment is ${held.payment.status}: it can no longer be cancelled here`,
        {
          path: ['paymentId'],
        },
      );
    }
    this.#finish(held, 'failed', FAILURE_CODES.cancelledByUser, 'Payment was cancelled by the user');
    return snapshot(held.payment);
  }

  #read(paymentId: string): Payment {
    const held = this.#held(paymentId);
    this.#expire(held);
    return snapshot(held.payment);
  }

  #held(paymentId: string): Held {
    const held = this.#payments.get(paymentId);
    if (!held) throw new NotFoundError('payments.not_found', 'There is no payment with this id', { path: ['paymentId'] });
    return held;
  }

  #expire(held: Held): void {
    // Expiry is worked out when a payment is read, so a clock moved by hand is all a test needs.
    const unfinished = !held.payment.finished && held.payment.status !== 'capturable';
    if (unfinished && this.#clock().getTime() >= held.expiresAt) {
      this.#finish(held, 'failed', FAILURE_CODES.expired, 'Payment expired', new Date(held.expiresAt));
    }
  }

  #move(held: Held, status: PaymentStatus): void {
    held.payment.status = status;
    if (status !== 'created') held.payment.nextUrl = null;
    held.payment.refundSummary = refundSummaryFor(status, held.payment.amount, held.refunds);
    this.#record(held, this.#clock());
  }

  #finish(held: Held, status: PaymentStatus, code: string | null, message: string | null, at = this.#clock()): void {
    held.payment.status = status;
    held.payment.finished = isFinishedStatus(status);
    held.payment.code = code;
    held.payment.message = message;
    held.payment.nextUrl = null;
    held.payment.refundSummary = refundSummaryFor(status, held.payment.amount, held.refunds);
    this.#record(held, at);
  }

  #record(held: Held, at: Date): void {
    const { payment } = held;
    held.events.push({
      paymentId: payment.paymentId,
      status: payment.status,
      finished: payment.finished,
      code: payment.code,
      updated: at.toISOString(),
    });
  }

  #newId(): string {
    const bytes = new Uint8Array(26);
    this.#random(bytes);
    let id = '';
    for (const byte of bytes) id += ID_ALPHABET[byte % ID_ALPHABET.length];
    return id;
  }
}

/** GOV.UK Pay's search reports a capturable payment as `submitted`. */
function searchStatus(status: PaymentStatus): PaymentStatus {
  return status === 'capturable' ? 'submitted' : status;
}

export function refundSummaryFor(status: PaymentStatus, amount: number, refunds: readonly Refund[]): RefundSummary {
  const submitted = refunds.filter((refund) => refund.status !== 'error').reduce((sum, refund) => sum + refund.amount, 0);
  const available = amount - submitted;
  if (status === 'success') return { status: available > 0 ? 'available' : 'full', amountAvailable: available, amountSubmitted: submitted };
  if (isFinishedStatus(status)) return { status: 'unavailable', amountAvailable: 0, amountSubmitted: submitted };
  return { status: 'pending', amountAvailable: amount, amountSubmitted: 0 };
}

function snapshot(payment: MutablePayment): Payment {
  return Object.freeze({
    ...payment,
    metadata: payment.metadata ? Object.freeze({ ...payment.metadata }) : null,
    refundSummary: Object.freeze({ ...payment.refundSummary }),
    card: payment.card ? Object.freeze({ ...payment.card }) : null,
  });
}

/** The embedded default provider. */
export function createSandboxProvider(options: SandboxProviderOptions = {}): SandboxProvider {
  return new SandboxProvider(options);
}
