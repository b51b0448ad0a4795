import { html, type TemplateResult } from 'lit';
import type { TagOptions } from './tag.options.js';

/** The GOV.UK tag: a status such as "Completed" or "In progress", never a link or button. */
export function tagTemplate(options: TagOptions): TemplateResult {
  return html`<strong class="govuk-tag${options.colour ? ` govuk-tag--${options.colour}` : ''}">${options.text}</strong>`;
}
