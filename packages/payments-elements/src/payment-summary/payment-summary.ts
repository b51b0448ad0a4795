import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement, translatorFor } from '@civicbricks/elements';
import type { Basket } from '@civicbricks/payments';
import { paymentSummaryMessages } from './payment-summary.messages.js';
import { paymentSummaryTemplate } from './payment-summary.template.js';

/**
 * @tagname civic-payment-summary
 * @summary The basket a person is about to pay for: each item, its amount and any concession, and the total.
 *
 * Give it the `basket` that `priceBasket` from `@civicbricks/payments` returns (JSON in the `basket` attribute).
 * Money is written as GOV.UK writes it: £12, or £12.50 when there are pence. Item descriptions come in the
 * basket's language; the headings follow the closest `lang`.
 */
export class CivicPaymentSummary extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .civic-payment-summary';

  /** The priced basket (JSON in the `basket` attribute). */
  @property({ type: Object }) basket: Basket | undefined;
  /** The table's caption, in place of "What you are paying for". */
  @property() caption: string | undefined;

  protected override render(): TemplateResult | undefined {
    if (!this.basket) return undefined;
    const t = translatorFor(paymentSummaryMessages, this.locale, this.messages);
    return paymentSummaryTemplate({ basket: this.basket, caption: this.caption }, t);
  }
}
