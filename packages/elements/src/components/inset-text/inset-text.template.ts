import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { InsetTextOptions } from './inset-text.options.js';

/** GOV.UK inset text: a quotation, example or piece of advice set apart from the text around it. */
export function insetTextTemplate(options: InsetTextOptions): TemplateResult {
  return html`<div id=${ifDefined(options.id)} class="govuk-inset-text">${options.text}</div>`;
}
