import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LabelSize } from './field.template.js';

export interface LegendOptions {
  readonly text: string;
  readonly size?: LabelSize | undefined;
  /** Wraps the legend's text in an `h1`: for a page that asks one question, GOV.UK makes the legend the page heading. */
  readonly isPageHeading?: boolean | undefined;
}

/**
 * GOV.UK fieldset: the legend names the group, so screen readers say the question before each option.
 * `role: 'group'` is for fieldsets of text inputs (a date): JAWS does not announce a plain fieldset's description there.
 */
export function fieldsetTemplate(legend: LegendOptions, describedBy: string | undefined, content: unknown, role?: 'group'): TemplateResult {
  const classes = `govuk-fieldset__legend${legend.size ? ` govuk-fieldset__legend--${legend.size}` : ''}`;
  return html`<fieldset class="govuk-fieldset" role=${ifDefined(role)} aria-describedby=${ifDefined(describedBy)}>
    <legend class=${classes}>${legend.isPageHeading ? html`<h1 class="govuk-fieldset__heading">${legend.text}</h1>` : legend.text}</legend>
    ${content}
  </fieldset>`;
}
