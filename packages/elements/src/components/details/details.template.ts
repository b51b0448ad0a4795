import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DetailsOptions } from './details.options.js';

/** GOV.UK details: the native `<details>` and `<summary>`, so opening and closing needs no script and works with every keyboard and screen reader. */
export function detailsTemplate(options: DetailsOptions): TemplateResult {
  return html`<details id=${ifDefined(options.id)} class="govuk-details" ?open=${options.open === true}>
    <summary class="govuk-details__summary">
      <span class="govuk-details__summary-text">${options.summaryText}</span>
    </summary>
    <div class="govuk-details__text">${options.text}</div>
  </details>`;
}
