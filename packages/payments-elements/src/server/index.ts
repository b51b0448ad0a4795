/**
 * `@civicbricks/payments-elements/server`: the payment pages as HTML strings, from the same Lit templates the
 * elements render (through `@civicbricks/elements`' server renderer), so they work with JavaScript off and the
 * element adopts the markup when its script loads. Node only. Each function validates its options and throws
 * a typed `ValidationError` naming the option that is wrong.
 */
import { renderComponent, safeUrl, type RenderContext } from '@civicbricks/elements/server';
import { paymentConfirmationMessages } from '../payment-confirmation/payment-confirmation.messages.js';
import {
  paymentConfirmationAttributes,
  paymentConfirmationOptionsSchema,
  type PaymentConfirmationOptions,
} from '../payment-confirmation/payment-confirmation.options.js';
import { paymentConfirmationTemplate } from '../payment-confirmation/payment-confirmation.template.js';
import { paymentFailedMessages } from '../payment-failed/payment-failed.messages.js';
import {
  paymentFailedAttributes,
  paymentFailedOptionsSchema,
  type PaymentFailedOptions,
} from '../payment-failed/payment-failed.options.js';
import { paymentFailedTemplate } from '../payment-failed/payment-failed.template.js';
import { paymentSummaryMessages } from '../payment-summary/payment-summary.messages.js';
import {
  paymentSummaryAttributes,
  paymentSummaryOptionsSchema,
  type PaymentSummaryOptions,
} from '../payment-summary/payment-summary.options.js';
import { paymentSummaryTemplate } from '../payment-summary/payment-summary.template.js';
import { refundPanelMessages } from '../refund-panel/refund-panel.messages.js';
import { refundPanelAttributes, refundPanelOptionsSchema, type RefundPanelOptions } from '../refund-panel/refund-panel.options.js';
import { refundPanelTemplate } from '../refund-panel/refund-panel.template.js';

export type { RenderContext } from '@civicbricks/elements/server';

/** Renders `<civic-payment-summary>`: the basket's lines, amounts and total as a GOV.UK table. */
export function renderPaymentSummary(options: PaymentSummaryOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-payment-summary',
      schema: paymentSummaryOptionsSchema,
      codePrefix: 'payments_elements.payment_summary',
      what: 'payment summary options',
      catalogue: paymentSummaryMessages,
      template: (valid, t) => paymentSummaryTemplate(valid, t),
      attributes: paymentSummaryAttributes,
    },
    options,
    context,
  );
}

/** Renders `<civic-payment-confirmation>`: the "Payment received" panel, reference, amount and what happens next. */
export function renderPaymentConfirmation(options: PaymentConfirmationOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-payment-confirmation',
      schema: paymentConfirmationOptionsSchema,
      codePrefix: 'payments_elements.payment_confirmation',
      what: 'payment confirmation options',
      catalogue: paymentConfirmationMessages,
      template: (valid, t) => paymentConfirmationTemplate(valid, t, t.locale),
      attributes: paymentConfirmationAttributes,
    },
    options,
    context,
  );
}

/** Renders `<civic-payment-failed>`: the cause for the payment's code and a "Try again" button link through `safeUrl`. */
export function renderPaymentFailed(options: PaymentFailedOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-payment-failed',
      schema: paymentFailedOptionsSchema,
      codePrefix: 'payments_elements.payment_failed',
      what: 'payment failed options',
      catalogue: paymentFailedMessages,
      template: (valid, t) => paymentFailedTemplate(valid, t, safeUrl(valid.tryAgainHref)),
      attributes: paymentFailedAttributes,
    },
    options,
    context,
  );
}

/** Renders `<civic-refund-panel>`: the payment, what is left to refund, and a form that posts to `action` (through `safeUrl`). */
export function renderRefundPanel(options: RefundPanelOptions, context: RenderContext = {}): string {
  return renderComponent(
    {
      tagName: 'civic-refund-panel',
      schema: refundPanelOptionsSchema,
      codePrefix: 'payments_elements.refund_panel',
      what: 'refund panel options',
      catalogue: refundPanelMessages,
      template: (valid, t) => refundPanelTemplate(valid, t, t.locale, safeUrl(valid.action)),
      attributes: refundPanelAttributes,
    },
    options,
    context,
  );
}
