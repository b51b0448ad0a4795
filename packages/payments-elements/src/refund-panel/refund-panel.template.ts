import { html, nothing, type TemplateResult } from 'lit';
import type { Locale, Translator } from '@civicbricks/core/i18n';
import { pounds } from '../money.js';
import type { RefundPanelMessageKey } from './refund-panel.messages.js';
import type { RefundPanelOptions } from './refund-panel.options.js';

type T = Translator<RefundPanelMessageKey>;

/** Pence as a caseworker types pounds: "12.50", "90" (what `Money.parse` reads back). */
const typedPounds = (pence: number, locale: Locale): string => pounds(pence, locale).replace('£', '');

/**
 * The staff refund panel: the payment as a GOV.UK summary list, then a plain form (native submission, works
 * with JavaScript off) with the amount as a GOV.UK text input prefixed "£", defaulting to the full amount left.
 * `action` must already have been through the elements' `safeUrl`.
 */
export function refundPanelTemplate(options: RefundPanelOptions, t: T, locale: Locale, action: string): TemplateResult {
  const id = options.id ?? 'refund-amount';
  const error = options.errorMessage;
  const describedBy = error ? `${id}-hint ${id}-error` : `${id}-hint`;
  const row = (key: string, value: string, extra = '') =>
    html`<div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">${key}</dt>
      <dd class="govuk-summary-list__value${extra}">${value}</dd>
    </div>`;
  return html`<div class="civic-refund-panel">
    <h2 class="govuk-heading-m">${t('heading')}</h2>
    <dl class="govuk-summary-list">
      ${row(t('reference'), options.paymentReference)} ${row(t('paid'), pounds(options.amountPaid, locale))}
      ${row(t('available'), pounds(options.amountAvailable, locale), ' civic-refund-panel__available')}
    </dl>
    ${
      options.amountAvailable === 0
        ? html`<p class="govuk-body civic-refund-panel__refunded">${t('refundedInFull')}</p>`
        : html`<form method="post" action=${action} novalidate>
            <div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">
              <label class="govuk-label govuk-label--s" for=${id}>${t('label')}</label>
              <div id="${id}-hint" class="govuk-hint">${t('hint', { amount: pounds(options.amountAvailable, locale) })}</div>
              ${
                error
                  ? html`<p id="${id}-error" class="govuk-error-message">
                      <span class="govuk-visually-hidden">${t('errorPrefix')}</span> ${error}
                    </p>`
                  : nothing
              }
              <div class="govuk-input__wrapper">
                <div class="govuk-input__prefix" aria-hidden="true">£</div>
                <input
                  class="govuk-input govuk-input--width-5${error ? ' govuk-input--error' : ''}"
                  id=${id}
                  name=${options.name ?? 'amount'}
                  type="text"
                  inputmode="decimal"
                  spellcheck="false"
                  value=${options.value ?? typedPounds(options.amountAvailable, locale)}
                  aria-describedby=${describedBy}
                />
              </div>
            </div>
            <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">${t('submit')}</button>
          </form>`
    }
  </div>`;
}
