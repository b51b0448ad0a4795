import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement, safeUrl, translatorFor } from '@civicbricks/elements';
import { paymentFailedMessages } from './payment-failed.messages.js';
import type { FailureCode } from './payment-failed.options.js';
import { paymentFailedTemplate } from './payment-failed.template.js';

/**
 * @tagname civic-payment-failed
 * @summary The page for a payment that did not go through: declined, expired, cancelled or an error, with "Try again".
 *
 * Give it the payment's GOV.UK Pay `code` (P0010, P0020, P0030, P0040 or P0050) and the `try-again-href` of the
 * page that starts a new payment. The link goes through `safeUrl`, so a `javascript:` URL (or a host outside
 * the page's policy) becomes `#`.
 */
export class CivicPaymentFailed extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .civic-payment-failed';

  /** The payment's `state.code`. */
  @property() code: FailureCode | undefined;
  /** Where "Try again" leads. */
  @property({ attribute: 'try-again-href' }) tryAgainHref: string | undefined;

  protected override render(): TemplateResult | undefined {
    if (this.code === undefined || this.tryAgainHref === undefined) return undefined;
    const t = translatorFor(paymentFailedMessages, this.locale, this.messages);
    return paymentFailedTemplate({ code: this.code, tryAgainHref: this.tryAgainHref }, t, safeUrl(this.tryAgainHref));
  }
}
