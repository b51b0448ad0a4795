/**
 * What a service asks a payment provider to do, checked before anything is
 * sent. The limits are GOV.UK Pay's, from its published OpenAPI description,
 * so a request the sandbox accepts is one GOV.UK Pay accepts too.
 */
import { parseInput } from '@civicbricks/core/validation';
import * as z from 'zod/mini';

/** The smallest and largest payment GOV.UK Pay takes, in pence (1p to £100,000). */
export const MIN_AMOUNT = 1;
export const MAX_AMOUNT = 10_000_000;
export const MAX_REFERENCE_LENGTH = 255;
export const MAX_DESCRIPTION_LENGTH = 255;
export const MAX_RETURN_URL_LENGTH = 2000;
export const MAX_METADATA_KEYS = 15;
export const MAX_METADATA_KEY_LENGTH = 30;
export const MAX_METADATA_VALUE_LENGTH = 100;

const pence = (what: string) =>
  z
    .int(`${what} must be a whole number of pence`)
    .check(
      z.minimum(MIN_AMOUNT, `${what} must be at least 1p`),
      z.maximum(MAX_AMOUNT, `${what} must be at most £100,000 (10000000 pence)`),
    );

/**
 * GOV.UK Pay sends the paying user back to `returnUrl`, so it must be https;
 * plain http is allowed for `localhost` only, for a developer's own machine.
 */
function isAllowedReturnUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return url.hostname !== '';
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
}

const returnUrl = z
  .string('`returnUrl` must be a URL')
  .check(
    z.maxLength(MAX_RETURN_URL_LENGTH, `\`returnUrl\` must be at most ${MAX_RETURN_URL_LENGTH} characters`),
    z.refine(isAllowedReturnUrl, '`returnUrl` must be an https URL (http is allowed only for http://localhost)'),
  );

const metadataValue = z.union([
  z.string().check(z.maxLength(MAX_METADATA_VALUE_LENGTH, `A metadata value must be at most ${MAX_METADATA_VALUE_LENGTH} characters`)),
  z.number().check(z.refine(Number.isFinite, 'A metadata number must be finite')),
  z.boolean(),
]);

/** Values a payment's metadata may hold: GOV.UK Pay takes strings, numbers and booleans. */
export type MetadataValue = string | number | boolean;

// Key lengths are checked on the whole map: a key refused inside `z.record` comes back as a bare
// "key not allowed", and the person needs to hear the limit.
const metadata = z.record(z.string(), metadataValue).check(
  z.superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (key.length < 1 || key.length > MAX_METADATA_KEY_LENGTH) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `A metadata key must be 1 to ${MAX_METADATA_KEY_LENGTH} characters: this one is ${key.length}`,
        });
      }
    }
  }),
);

const text255 = (what: string) => z.string().check(z.maxLength(255, `${what} must be at most 255 characters`));

const billingAddress = z.strictObject({
  line1: z.optional(text255('`line1`')),
  line2: z.optional(text255('`line2`')),
  postcode: z.optional(z.string().check(z.maxLength(25, '`postcode` must be at most 25 characters'))),
  city: z.optional(text255('`city`')),
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, '`country` must be a two-letter ISO 3166 code, like GB'))),
});

export const prefilledCardholderDetailsSchema = z.strictObject({
  cardholderName: z.optional(text255('`cardholderName`')),
  billingAddress: z.optional(billingAddress),
});

/** Letters, digits and hyphens, as GOV.UK Pay's `Idempotency-Key` header allows. */
export const IDEMPOTENCY_KEY_PATTERN = /^[a-zA-Z0-9-]{1,255}$/;

export const createPaymentInputSchema = z.strictObject({
  amount: pence('`amount`'),
  reference: z
    .string('`reference` is missing: give your own reference for the payment')
    .check(
      z.minLength(1, '`reference` cannot be empty'),
      z.maxLength(MAX_REFERENCE_LENGTH, `\`reference\` must be at most ${MAX_REFERENCE_LENGTH} characters`),
    ),
  description: z
    .string('`description` is missing: say what the payment is for, as the paying user will see it')
    .check(
      z.minLength(1, '`description` cannot be empty'),
      z.maxLength(MAX_DESCRIPTION_LENGTH, `\`description\` must be at most ${MAX_DESCRIPTION_LENGTH} characters`),
    ),
  returnUrl,
  language: z.optional(z.enum(['en', 'cy'], '`language` must be "en" or "cy"')),
  metadata: z.optional(
    metadata.check(
      z.refine((value) => Object.keys(value).length >= 1, '`metadata` needs at least 1 key when it is given'),
      z.refine((value) => Object.keys(value).length <= MAX_METADATA_KEYS, `\`metadata\` can have at most ${MAX_METADATA_KEYS} keys`),
    ),
  ),
  email: z.optional(z.email('`email` must be an email address')),
  prefilledCardholderDetails: z.optional(prefilledCardholderDetailsSchema),
  delayedCapture: z.optional(z.boolean()),
  /**
   * Sent as the `Idempotency-Key` header: the same key within 24 hours gives back
   * the same payment. One is made for each `createPayment` call if absent.
   */
  idempotencyKey: z.optional(
    z.string().check(z.regex(IDEMPOTENCY_KEY_PATTERN, '`idempotencyKey` must be 1 to 255 letters, digits and hyphens')),
  ),
});

/** A payment to create. Amounts are in pence. */
export type CreatePaymentInput = z.input<typeof createPaymentInputSchema>;
export type PrefilledCardholderDetails = z.output<typeof prefilledCardholderDetailsSchema>;

export function parseCreatePayment(input: unknown): z.output<typeof createPaymentInputSchema> {
  return parseInput(createPaymentInputSchema, input, { codePrefix: 'payments.create', what: 'payment' });
}

/** GOV.UK Pay payment ids are 26 lower-case letters and digits; the sandbox makes the same. */
export const PAYMENT_ID_PATTERN = /^[a-z0-9]{1,64}$/;

const paymentIdSchema = z
  .string('A payment id is a string')
  .check(z.regex(PAYMENT_ID_PATTERN, 'A payment id is letters and digits, like hu20sqlact5260q2nanm0q8u93'));

export function parsePaymentId(input: unknown, path: readonly (string | number)[] = ['paymentId']): string {
  return parseInput(paymentIdSchema, input, { codePrefix: 'payments.payment_id', path });
}

export const refundInputSchema = z.strictObject({
  paymentId: paymentIdSchema,
  amount: pence('`amount`'),
  /**
   * How much you believe is left to refund. GOV.UK Pay refuses the refund (412) if
   * someone else refunded in between, so two caseworkers can never refund twice.
   * Read from the payment first if absent.
   */
  refundAmountAvailable: z.optional(pence('`refundAmountAvailable`')),
});

export type RefundInput = z.input<typeof refundInputSchema>;

export function parseRefund(input: unknown): z.output<typeof refundInputSchema> {
  return parseInput(refundInputSchema, input, { codePrefix: 'payments.refund', what: 'refund' });
}

const isoDate = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'Give a date and time like 2026-12-07T09:00:00Z'));

export const searchPaymentsInputSchema = z.strictObject({
  reference: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_REFERENCE_LENGTH))),
  // GOV.UK Pay's search knows no `capturable`: such payments are `submitted` there.
  status: z.optional(z.enum(['created', 'started', 'submitted', 'success', 'failed', 'cancelled', 'error'])),
  fromDate: z.optional(isoDate),
  toDate: z.optional(isoDate),
  page: z.optional(z.int().check(z.minimum(1))),
  /** Results per page: GOV.UK Pay allows 1 to 500 and gives 500 if absent. */
  displaySize: z.optional(z.int().check(z.minimum(1), z.maximum(500))),
});

export type SearchPaymentsInput = z.input<typeof searchPaymentsInputSchema>;

export function parseSearch(input: unknown): z.output<typeof searchPaymentsInputSchema> {
  return parseInput(searchPaymentsInputSchema, input ?? {}, { codePrefix: 'payments.search', what: 'search' });
}
