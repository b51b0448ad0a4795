import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../../lib/safe-url.js';
import type { Translator } from '@civicbricks/core/i18n';
import type { ErrorSummaryOptions } from './error-summary.options.js';

/**
 * The GOV.UK error summary: a `role="alert"` box listing each problem as a link to its field. With no problems
 * it is nothing, on the server as in the browser: an empty "There is a problem" box would alarm and take focus.
 */
export function errorSummaryTemplate(options: ErrorSummaryOptions, t: Translator<'title'>): TemplateResult {
  if (options.errorList.length === 0) return html``;
  return html`<div class="govuk-error-summary" data-module="govuk-error-summary" tabindex="-1">
    <div role="alert">
      <h2 class="govuk-error-summary__title">${options.titleText ?? t('title')}</h2>
      <div class="govuk-error-summary__body">
        ${options.descriptionText ? html`<p>${options.descriptionText}</p>` : nothing}
        <ul class="govuk-list govuk-error-summary__list">
          ${options.errorList.map((item) =>
            item.href ? html`<li><a href=${safeUrl(item.href)}>${item.text}</a></li>` : html`<li>${item.text}</li>`,
          )}
        </ul>
      </div>
    </div>
  </div>`;
}
