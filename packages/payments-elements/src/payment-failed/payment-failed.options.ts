import type { AttributeMap } from '@civicbricks/elements';
import * as z from 'zod/mini';

/** The GOV.UK Pay codes a payment that did not succeed finishes with. */
export const failureCodes = ['P0010', 'P0020', 'P0030', 'P0040', 'P0050'] as const;
export type FailureCode = (typeof failureCodes)[number];

/** What `<civic-payment-failed>` shows: why the payment did not go through, and where "Try again" goes. */
export interface PaymentFailedOptions {
  /** The payment's `state.code`: P0010 declined, P0020 expired, P0030 cancelled by the user, P0040 cancelled by the service, P0050 error. */
  readonly code: FailureCode;
  /** Where "Try again" leads: the service's page that starts a new payment. Only safe URLs are followed. */
  readonly tryAgainHref: string;
}

export const paymentFailedOptionsSchema = z.object({
  code: z.enum(failureCodes),
  tryAgainHref: z.string().check(z.minLength(1)),
});

/** The `<civic-payment-failed>` attributes that show the same page as these options. */
export function paymentFailedAttributes(options: PaymentFailedOptions): AttributeMap {
  return { code: options.code, 'try-again-href': options.tryAgainHref };
}
