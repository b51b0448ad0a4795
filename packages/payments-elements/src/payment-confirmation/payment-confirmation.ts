import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement, translatorFor } from '@civicbricks/elements';
import { paymentConfirmationMessages } from './payment-confirmation.messages.js';
import { paymentConfirmationTemplate } from './payment-confirmation.template.js';

/**
 * @tagname civic-payment-confirmation
 * @summary The "Payment received" page: the GOV.UK confirmation panel with the payment reference, the amount and what happens next.
 *
 * Show it only after the service has confirmed the payment succeeded with a GET to the provider: the return URL
 * carries no outcome. `amount` is in pence and is written as GOV.UK writes money (£12, £12.50).
 */
export class CivicPaymentConfirmation extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .civic-payment-confirmation';

  /** The payment reference the person should quote. */
  @property() reference: string | undefined;
  /** What was taken, in pence. */
  @property({ type: Number }) amount: number | undefined;
  /** What happens next, in place of the default paragraph. */
  @property({ attribute: 'next-steps' }) nextSteps: string | undefined;

  protected override render(): TemplateResult | undefined {
    if (this.reference === undefined || this.amount === undefined) return undefined;
    const t = translatorFor(paymentConfirmationMessages, this.locale, this.messages);
    return paymentConfirmationTemplate({ reference: this.reference, amount: this.amount, nextSteps: this.nextSteps }, t, this.locale);
  }
}
