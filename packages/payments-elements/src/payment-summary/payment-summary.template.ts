import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { pounds } from '../money.js';
import type { PaymentSummaryMessageKey } from './payment-summary.messages.js';
import type { PaymentSummaryOptions } from './payment-summary.options.js';

type T = Translator<PaymentSummaryMessageKey>;

/**
 * The basket as a GOV.UK table: one row per line (its concession under it), amounts right-aligned as numeric
 * cells, and the total last. GOV.UK Pay takes one amount, so this is where the person sees what it is made of.
 */
export function paymentSummaryTemplate(options: PaymentSummaryOptions, t: T): TemplateResult {
  const { basket } = options;
  const money = (pence: number) => pounds(pence, basket.locale);
  return html`<table class="govuk-table civic-payment-summary">
      <caption class="govuk-table__caption govuk-table__caption--m">
        ${options.caption ?? t('caption')}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">${t('item')}</th>
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">${t('amount')}</th>
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        ${basket.lines.map(
          (line) =>
            html`<tr class="govuk-table__row civic-payment-summary__line">
              <th scope="row" class="govuk-table__header">
                ${line.quantity > 1 ? t('quantity', { description: line.description, quantity: line.quantity }) : line.description}
                ${line.concession ? html`<span class="govuk-hint govuk-!-margin-bottom-0 civic-payment-summary__concession">${line.concession.description}</span>` : nothing}
              </th>
              <td class="govuk-table__cell govuk-table__cell--numeric civic-payment-summary__amount">${money(line.amount)}</td>
            </tr>`,
        )}
        <tr class="govuk-table__row civic-payment-summary__total">
          <th scope="row" class="govuk-table__header">${t('total')}</th>
          <td class="govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold civic-payment-summary__amount">
            ${money(basket.total)}
          </td>
        </tr>
      </tbody>
    </table>
    ${basket.requiresPayment ? nothing : html`<p class="govuk-body civic-payment-summary__free">${t('nothingToPay')}</p>`}`;
}
