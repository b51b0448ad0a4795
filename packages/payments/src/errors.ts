import { ConflictError, type CivicErrorOptions } from '@civicbricks/core/errors';
import { createTranslator, type Locale } from '@civicbricks/core/i18n';
import { Money } from '@civicbricks/core/money';
import { paymentMessages } from './messages.js';

const translators = { en: createTranslator(paymentMessages, 'en'), cy: createTranslator(paymentMessages, 'cy') };

/**
 * A refund was refused because the amount left to refund was not what the
 * caseworker saw (GOV.UK Pay's 412, code P0604): someone else refunded in
 * between. Nothing was refunded; `amountAvailable` is what is left now, in pence.
 */
export class RefundAmountMismatchError extends ConflictError {
  /** Pence left to refund now, when the provider said; undefined when it did not. */
  readonly amountAvailable: number | undefined;

  constructor(amountAvailable: number | undefined, options: CivicErrorOptions = {}) {
    super('payments.refund_amount_mismatch', refundMismatchMessage(amountAvailable, 'en'), { path: ['refundAmountAvailable'], ...options });
    this.amountAvailable = amountAvailable;
  }

  /** The same message in the caseworker's language. */
  messageIn(locale: Locale): string {
    return refundMismatchMessage(this.amountAvailable, locale);
  }
}

function refundMismatchMessage(amountAvailable: number | undefined, locale: Locale): string {
  const t = translators[locale];
  if (amountAvailable === undefined) return t('refund.mismatchUnknown');
  if (amountAvailable <= 0) return t('refund.mismatchNothingLeft');
  return t('refund.mismatch', { left: Money.fromPence(amountAvailable).format(locale) });
}

/** The refund cannot be made: the payment has not succeeded, or the amount is more than is left. */
export class RefundNotAvailableError extends ConflictError {
  readonly amountAvailable: number | undefined;

  constructor(message: string, amountAvailable: number | undefined, options: CivicErrorOptions = {}) {
    super('payments.refund_not_available', message, { path: ['amount'], ...options });
    this.amountAvailable = amountAvailable;
  }
}

/** A refund asked for more than is left: the message says how much can be refunded. */
export function refundTooMuch(amountAvailable: number, locale: Locale = 'en'): RefundNotAvailableError {
  return new RefundNotAvailableError(
    translators[locale]('refund.tooMuch', { left: Money.fromPence(amountAvailable).format(locale) }),
    amountAvailable,
  );
}

/** The payment is in a state where this cannot be done (cancel a finished payment, capture one not capturable). */
export class PaymentStateError extends ConflictError {}
