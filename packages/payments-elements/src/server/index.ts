/**
 * `@civicbricks/payments-elements/server`: the payment pages as HTML strings, from the same Lit templates the
 * elements render (through `@civicbricks/elements`' server renderer), so they work with JavaScript off and the
 * element adopts the markup when its script loads. Node only. Each function validates its options and throws
 * a typed `ValidationError` naming the option that is wrong.
 */
import { escapeHtml } from '@civicbricks/core/html';
import { createTranslator, resolveLocale, type Catalogue, type Locale, type Overrides, type Translator } from '@civicbricks/core/i18n';
import { parseInput } from '@civicbricks/core/validation';
import type { AttributeMap } from '@civicbricks/elements';
import { renderTemplate, safeUrl, type RenderContext } from '@civicbricks/elements/server';
import type { TemplateResult } from 'lit';
import type { $ZodType, output } from 'zod/v4/core';
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

interface Renderer<Options, K extends string> {
  readonly tagName: string;
  readonly schema: $ZodType;
  readonly codePrefix: string;
  readonly what: string;
  readonly catalogue: Catalogue<K>;
  readonly template: (options: Options, t: Translator<K>, locale: Locale) => TemplateResult;
  readonly attributes: (options: Options) => AttributeMap;
}

function render<Options, K extends string>(renderer: Renderer<Options, K>, options: unknown, context: RenderContext): string {
  const valid = parseInput(renderer.schema, options, {
    what: renderer.what,
    codePrefix: renderer.codePrefix,
  }) as output<$ZodType> as Options;
  const locale = resolveLocale(context.lang ?? 'en');
  const t = createTranslator(renderer.catalogue, locale, context.messages as Overrides<K> | undefined);
  const inner = renderTemplate(renderer.template(valid, t, locale));
  if (context.element === false) return inner;
  let written = '';
  const attributes: AttributeMap = { ...renderer.attributes(valid), messages: context.messages };
  // As the elements' `applyAttributes` writes them: absent, false and empty left out, true bare, objects as JSON.
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false || value === '') continue;
    written += value === true ? ` ${name}` : ` ${name}="${escapeHtml(typeof value === 'string' ? value : JSON.stringify(value))}"`;
  }
  return `<${renderer.tagName}${written}>${inner}</${renderer.tagName}>`;
}

/** Renders `<civic-payment-summary>`: the basket's lines, amounts and total as a GOV.UK table. */
export function renderPaymentSummary(options: PaymentSummaryOptions, context: RenderContext = {}): string {
  return render<PaymentSummaryOptions, keyof typeof paymentSummaryMessages.en>(
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
  return render<PaymentConfirmationOptions, keyof typeof paymentConfirmationMessages.en>(
    {
      tagName: 'civic-payment-confirmation',
      schema: paymentConfirmationOptionsSchema,
      codePrefix: 'payments_elements.payment_confirmation',
      what: 'payment confirmation options',
      catalogue: paymentConfirmationMessages,
      template: paymentConfirmationTemplate,
      attributes: paymentConfirmationAttributes,
    },
    options,
    context,
  );
}

/** Renders `<civic-payment-failed>`: the cause for the payment's code and a "Try again" button link through `safeUrl`. */
export function renderPaymentFailed(options: PaymentFailedOptions, context: RenderContext = {}): string {
  return render<PaymentFailedOptions, keyof typeof paymentFailedMessages.en>(
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
  return render<RefundPanelOptions, keyof typeof refundPanelMessages.en>(
    {
      tagName: 'civic-refund-panel',
      schema: refundPanelOptionsSchema,
      codePrefix: 'payments_elements.refund_panel',
      what: 'refund panel options',
      catalogue: refundPanelMessages,
      template: (valid, t, locale) => refundPanelTemplate(valid, t, locale, safeUrl(valid.action)),
      attributes: refundPanelAttributes,
    },
    options,
    context,
  );
}
