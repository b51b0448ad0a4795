import { html, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import type { PaymentFailedMessageKey } from './payment-failed.messages.js';
import type { FailureCode, PaymentFailedOptions } from './payment-failed.options.js';

type T = Translator<PaymentFailedMessageKey>;

const wording: Readonly<Record<FailureCode, readonly [PaymentFailedMessageKey, PaymentFailedMessageKey]>> = {
  P0010: ['declinedTitle', 'declined'],
  P0020: ['expiredTitle', 'expired'],
  P0030: ['cancelledTitle', 'cancelledByUser'],
  P0040: ['cancelledTitle', 'cancelledByService'],
  P0050: ['errorTitle', 'error'],
};

/**
 * The failed or cancelled page: a heading and the cause for the payment's code, and "Try again" as a GOV.UK
 * button link. `href` must already have been through the elements' `safeUrl`.
 */
export function paymentFailedTemplate(options: PaymentFailedOptions, t: T, href: string): TemplateResult {
  const [title, cause] = wording[options.code];
  return html`<div class="civic-payment-failed" data-code=${options.code}>
    <h1 class="govuk-heading-l">${t(title)}</h1>
    <p class="govuk-body civic-payment-failed__cause">${t(cause)}</p>
    <a href=${href} role="button" draggable="false" class="govuk-button" data-module="govuk-button">${t('tryAgain')}</a>
  </div>`;
}
