import type { AttributeMap } from '@civicbricks/elements';
import * as z from 'zod/mini';

/** What `<civic-refund-panel>` shows a caseworker: the payment, what is left to refund, and the form to refund it. */
export interface RefundPanelOptions {
  /** Where the form posts: the service's refund handler. Only safe URLs are used. */
  readonly action: string;
  readonly paymentReference: string;
  /** What the person paid, in pence. */
  readonly amountPaid: number;
  /** GOV.UK Pay's `refund_amount_available`, in pence: what is left after earlier refunds. */
  readonly amountAvailable: number;
  /** The amount field's name in the form data; `amount` if absent. */
  readonly name?: string | undefined;
  /** The amount field's id; `refund-amount` if absent. */
  readonly id?: string | undefined;
  /** What was typed, shown again with an error; the full amount available if absent. */
  readonly value?: string | undefined;
  /** The service's message when the amount was refused ("Enter an amount up to £12"). */
  readonly errorMessage?: string | undefined;
}

const pence = z.int().check(z.minimum(0));

export const refundPanelOptionsSchema = z.object({
  action: z.string().check(z.minLength(1)),
  paymentReference: z.string().check(z.minLength(1), z.maxLength(255)),
  amountPaid: pence,
  amountAvailable: pence,
  name: z.optional(z.string().check(z.minLength(1))),
  id: z.optional(z.string().check(z.regex(/^[A-Za-z][\w-]*$/, 'An id starts with a letter and has no spaces'))),
  value: z.optional(z.string()),
  errorMessage: z.optional(z.string().check(z.minLength(1))),
});

/** The `<civic-refund-panel>` attributes that show the same panel as these options. */
export function refundPanelAttributes(options: RefundPanelOptions): AttributeMap {
  return {
    action: options.action,
    'payment-reference': options.paymentReference,
    'amount-paid': String(options.amountPaid),
    'amount-available': String(options.amountAvailable),
    name: options.name,
    'field-id': options.id,
    value: options.value,
    'error-message': options.errorMessage,
  };
}
