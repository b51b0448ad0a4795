import { html, nothing, type TemplateResult } from 'lit';
import { headingTemplate } from '../../lib/heading.js';
import type { PanelOptions } from './panel.options.js';

/** The GOV.UK confirmation panel: the heading of a page that confirms a transaction is complete. */
export function panelTemplate(options: PanelOptions): TemplateResult {
  return html`<div class="govuk-panel govuk-panel--confirmation">
    ${headingTemplate(options.headingLevel ?? 1, 'govuk-panel__title', options.titleText)}
    ${options.text ? html`<div class="govuk-panel__body">${options.text}</div>` : nothing}
  </div>`;
}
