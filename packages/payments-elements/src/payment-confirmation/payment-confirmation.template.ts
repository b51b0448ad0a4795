import { html, type TemplateResult } from 'lit';
import type { Locale, Translator } from '@civicbricks/core/i18n';
import { pounds } from '../money.js';
import type { PaymentConfirmationMessageKey } from './payment-confirmation.messages.js';
import type { PaymentConfirmationOptions } from './payment-confirmation.options.js';

type T = Translator<PaymentConfirmationMessageKey>;

/** The GOV.UK confirmation page: the panel with the reference in bold, the amount, and what happens next. */
export function paymentConfirmationTemplate(options: PaymentConfirmationOptions, t: T, locale: Locale): TemplateResult {
  return html`<div class="govuk-panel govuk-panel--confirmation civic-payment-confirmation">
      <h1 class="govuk-panel__title">${t('title')}</h1>
      <div class="govuk-panel__body">
        ${t('reference')}<br /><strong class="civic-payment-confirmation__reference">${options.reference}</strong>
      </div>
    </div>
    <p class="govuk-body civic-payment-confirmation__amount">${t('amount', { amount: pounds(options.amount, locale) })}</p>
    <h2 class="govuk-heading-m">${t('nextHeading')}</h2>
    <p class="govuk-body civic-payment-confirmation__next">${options.nextSteps ?? t('next')}</p>`;
}
