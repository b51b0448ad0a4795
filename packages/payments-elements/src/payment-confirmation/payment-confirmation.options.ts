import type { AttributeMap } from '@civicbricks/elements';
import * as z from 'zod/mini';

/** What `<civic-payment-confirmation>` confirms: a payment the service has checked with a GET is a success. */
export interface PaymentConfirmationOptions {
  /** The service's reference for the payment, as the person should quote it. */
  readonly reference: string;
  /** What was taken, in pence. */
  readonly amount: number;
  /** What happens next, in place of the default paragraph about the confirmation email. */
  readonly nextSteps?: string | undefined;
}

export const paymentConfirmationOptionsSchema = z.object({
  reference: z.string().check(z.minLength(1), z.maxLength(255)),
  amount: z.int().check(z.minimum(1)),
  nextSteps: z.optional(z.string().check(z.minLength(1))),
});

/** The `<civic-payment-confirmation>` attributes that show the same page as these options. */
export function paymentConfirmationAttributes(options: PaymentConfirmationOptions): AttributeMap {
  return { reference: options.reference, amount: String(options.amount), 'next-steps': options.nextSteps };
}
