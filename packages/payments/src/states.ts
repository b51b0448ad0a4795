/**
 * GOV.UK Pay's payment statuses and the order they move in. A payment only
 * moves forward: created, started, submitted, (capturable,) then one finished
 * status. A late or repeated report of an earlier status changes nothing.
 */

export const PAYMENT_STATUSES = Object.freeze([
  'created',
  'started',
  'submitted',
  'capturable',
  'success',
  'failed',
  'cancelled',
  'error',
] as const);

export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** The statuses a payment ends in: nothing moves it after one of these. */
export const FINISHED_STATUSES: readonly PaymentStatus[] = Object.freeze(['success', 'failed', 'cancelled', 'error']);

/**
 * GOV.UK Pay's codes for why a payment did not succeed:
 * P0010 the card was rejected, P0020 the 90 minutes ran out, P0030 the paying
 * user cancelled, P0040 the service cancelled, P0050 the payment provider failed.
 */
export const FAILURE_CODES = Object.freeze({
  rejected: 'P0010',
  expired: 'P0020',
  cancelledByUser: 'P0030',
  cancelledByService: 'P0040',
  providerError: 'P0050',
} as const);

export type FailureCode = (typeof FAILURE_CODES)[keyof typeof FAILURE_CODES];

const RANK: Readonly<Record<PaymentStatus, number>> = {
  created: 0,
  started: 1,
  submitted: 2,
  capturable: 3,
  success: 4,
  failed: 4,
  cancelled: 4,
  error: 4,
};

export function isPaymentStatus(value: unknown): value is PaymentStatus {
  return typeof value === 'string' && (PAYMENT_STATUSES as readonly string[]).includes(value);
}

export function isFinishedStatus(status: PaymentStatus): boolean {
  return RANK[status] === 4;
}

/**
 * True when `next` is a move forward from `previous` (or `previous` is unknown).
 * Finished statuses never move, so a late "started" after "success" is not an advance,
 * and neither is a second finished status after a first.
 */
export function isStatusAdvance(previous: PaymentStatus | undefined, next: PaymentStatus): boolean {
  if (previous === undefined) return true;
  if (isFinishedStatus(previous)) return false;
  return RANK[next] > RANK[previous];
}
