import type { AttributeMap } from '@civicbricks/elements';
import type { Basket } from '@civicbricks/payments';
import * as z from 'zod/mini';

/** What `<civic-payment-summary>` shows: a basket as `priceBasket` from `@civicbricks/payments` prices it. */
export interface PaymentSummaryOptions {
  readonly basket: Basket;
  /** The table's caption, in place of "What you are paying for". */
  readonly caption?: string | undefined;
}

const pence = z.int().check(z.minimum(0));
const lineSchema = z.object({
  itemId: z.string(),
  description: z.string().check(z.minLength(1)),
  quantity: z.int().check(z.minimum(1)),
  unitAmount: pence,
  amount: pence,
  concession: z.nullable(z.object({ id: z.string(), description: z.string().check(z.minLength(1)), saving: pence })),
});

export const paymentSummaryOptionsSchema = z.object({
  basket: z.object({
    scheduleId: z.string(),
    scheduleVersion: z.int(),
    locale: z.enum(['en', 'cy']),
    lines: z.array(lineSchema),
    total: pence,
    requiresPayment: z.boolean(),
  }),
  caption: z.optional(z.string().check(z.minLength(1))),
});

/** The `<civic-payment-summary>` attributes that show the same summary as these options. */
export function paymentSummaryAttributes(options: PaymentSummaryOptions): AttributeMap {
  return { basket: options.basket, caption: options.caption };
}
