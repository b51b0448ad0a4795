/**
 * The one interface every way of taking a payment implements: GOV.UK Pay (in
 * `@civicbricks/payments/govuk-pay`) and the embedded sandbox. A service talks
 * to this interface only, so moving from the sandbox to GOV.UK Pay changes one line.
 *
 * Rules every provider keeps (the conformance suite checks them):
 * - input is validated before any side effect (`ValidationError` naming the field);
 * - a payment only moves forward through {@link PaymentStatus}; finished is final;
 * - `createPayment` never makes two payments for one call, even when an answer is lost;
 * - a refund never takes more than is left: a stale `refundAmountAvailable` is a
 *   {@link RefundAmountMismatchError} and nothing is refunded;
 * - no card numbers anywhere: only what GOV.UK Pay itself returns (brand, last four digits).
 */
import type { MetadataValue, CreatePaymentInput, RefundInput, SearchPaymentsInput } from './schema.js';
import type { PaymentStatus } from './states.js';

/** Where a refund stands: `available` (some left), `full` (all refunded), `pending` (not paid yet), `unavailable`. */
export type RefundAvailability = 'available' | 'full' | 'pending' | 'unavailable';

export interface RefundSummary {
  readonly status: RefundAvailability;
  /** Pence that can still be refunded. */
  readonly amountAvailable: number;
  /** Pence already refunded or being refunded. */
  readonly amountSubmitted: number;
}

/** Card details as GOV.UK Pay returns them: never the full number or the security code. */
export interface CardSummary {
  readonly cardBrand: string | null;
  readonly lastDigitsCardNumber: string | null;
  readonly firstDigitsCardNumber: string | null;
  readonly expiryDate: string | null;
  readonly cardType: string | null;
}

export interface Payment {
  /** The provider's id for the payment. */
  readonly paymentId: string;
  /** In pence. */
  readonly amount: number;
  readonly reference: string;
  readonly description: string;
  readonly status: PaymentStatus;
  /** True once the payment is success, failed, cancelled or error. */
  readonly finished: boolean;
  /** Why it did not succeed (`P0010`, `P0020`, `P0030`, `P0040`, `P0050`), when it did not. */
  readonly code: string | null;
  readonly message: string | null;
  readonly language: 'en' | 'cy';
  readonly returnUrl: string;
  /** Where to send the paying user to pay; only while the payment has not started. */
  readonly nextUrl: string | null;
  readonly delayedCapture: boolean;
  readonly createdDate: string;
  readonly metadata: Readonly<Record<string, MetadataValue>> | null;
  readonly email: string | null;
  readonly refundSummary: RefundSummary;
  readonly card: CardSummary | null;
  /** The card processor's reference, when there is one. */
  readonly providerId: string | null;
}

export type RefundStatus = 'submitted' | 'success' | 'error';

export interface Refund {
  readonly refundId: string;
  readonly paymentId: string;
  /** In pence. */
  readonly amount: number;
  readonly status: RefundStatus;
  readonly createdDate: string;
}

/** One change of a payment's status, as the provider's event list reports it. */
export interface PaymentEvent {
  readonly paymentId: string;
  readonly status: PaymentStatus;
  readonly finished: boolean;
  readonly code: string | null;
  readonly updated: string;
}

export interface CreatePaymentResult {
  readonly payment: Payment;
  /**
   * True when this call found a payment its own earlier, unanswered attempt had
   * made (the answer was lost), instead of creating another.
   */
  readonly recovered: boolean;
}

export interface RefundResult {
  readonly refund: Refund;
  /** True when a refund this call's earlier, unanswered attempt made was found instead of refunding again. */
  readonly recovered: boolean;
}

export interface SearchResult {
  readonly total: number;
  readonly count: number;
  readonly page: number;
  readonly results: readonly Payment[];
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

export interface PaymentProvider {
  /** A short name for logs: `govuk-pay`, `sandbox`. */
  readonly name: string;
  createPayment(input: CreatePaymentInput, options?: CallOptions): Promise<CreatePaymentResult>;
  /** The payment as the provider has it now (GOV.UK Pay's GET is strongly consistent). @throws {NotFoundError} */
  getPayment(paymentId: string, options?: CallOptions): Promise<Payment>;
  /** Cancels a payment that has not finished. @throws {PaymentStateError} when it has. */
  cancelPayment(paymentId: string, options?: CallOptions): Promise<void>;
  /** Takes a delayed-capture payment that is `capturable`. @throws {PaymentStateError} otherwise. */
  capturePayment(paymentId: string, options?: CallOptions): Promise<void>;
  refundPayment(input: RefundInput, options?: CallOptions): Promise<RefundResult>;
  listRefunds(paymentId: string, options?: CallOptions): Promise<readonly Refund[]>;
  getPaymentEvents(paymentId: string, options?: CallOptions): Promise<readonly PaymentEvent[]>;
  /**
   * The payment a `createPayment` with this idempotency key made, if any (for
   * recovering after a lost answer without making another). `reference` narrows
   * the search; GOV.UK Pay's search can lag a few seconds behind.
   */
  findPayment(idempotencyKey: string, reference: string, options?: CallOptions): Promise<Payment | undefined>;
  /** Payments by reference, status and date. GOV.UK Pay's search can lag a few seconds behind `getPayment`. */
  searchPayments(input?: SearchPaymentsInput, options?: CallOptions): Promise<SearchResult>;
}
