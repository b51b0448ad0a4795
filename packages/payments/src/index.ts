/**
 * `@civicbricks/payments`: the payment provider interface, the checked input of
 * a payment, GOV.UK Pay's statuses, the embedded sandbox with GOV.UK Pay's test
 * cards, and the payment journey as a workflow machine. Runs in Node, browsers
 * and workers alike. The GOV.UK Pay provider is in `@civicbricks/payments/govuk-pay`,
 * webhook verification in `@civicbricks/payments/webhooks`.
 */
export {
  createPaymentInputSchema,
  prefilledCardholderDetailsSchema,
  refundInputSchema,
  searchPaymentsInputSchema,
  parseCreatePayment,
  parsePaymentId,
  parseRefund,
  parseSearch,
  MIN_AMOUNT,
  MAX_AMOUNT,
  MAX_REFERENCE_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_RETURN_URL_LENGTH,
  MAX_METADATA_KEYS,
  MAX_METADATA_KEY_LENGTH,
  MAX_METADATA_VALUE_LENGTH,
  IDEMPOTENCY_KEY_PATTERN,
  PAYMENT_ID_PATTERN,
  type CreatePaymentInput,
  type PrefilledCardholderDetails,
  type RefundInput,
  type SearchPaymentsInput,
  type MetadataValue,
} from './schema.js';
export {
  PAYMENT_STATUSES,
  FINISHED_STATUSES,
  FAILURE_CODES,
  isPaymentStatus,
  isFinishedStatus,
  isStatusAdvance,
  type PaymentStatus,
  type FailureCode,
} from './states.js';
export type {
  PaymentProvider,
  Payment,
  Refund,
  RefundStatus,
  RefundSummary,
  RefundAvailability,
  RefundResult,
  PaymentEvent,
  CreatePaymentResult,
  SearchResult,
  CardSummary,
  CallOptions,
} from './provider.js';
export { RefundAmountMismatchError, RefundNotAvailableError, PaymentStateError } from './errors.js';
export {
  createSandboxProvider,
  SandboxProvider,
  PAYMENT_EXPIRY_MS,
  type SandboxProviderOptions,
  type CardEntry,
  type CardSubmission,
} from './sandbox/sandbox-provider.js';
export { TEST_CARDS, findTestCard, passesLuhn, type TestCard, type TestCardOutcome } from './sandbox/test-cards.js';
export { paymentMessages } from './messages.js';
export {
  paymentJourney,
  paymentJourneyJson,
  journeyEventFor,
  journeyStateFor,
  type PaymentJourneyEvent,
  type PaymentJourneyState,
} from './journey/journey.js';
export {
  feeScheduleSchema,
  parseFeeSchedule,
  priceBasket,
  describeBasket,
  type FeeSchedule,
  type FeeItem,
  type FeeCondition,
  type FeeAnswers,
  type Basket,
  type BasketLine,
} from './fees.js';
