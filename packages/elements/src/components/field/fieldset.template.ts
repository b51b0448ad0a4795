import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attributesMarker, type GovukAttributes } from '../../lib/govuk-attributes.js';
import { textOrHtml } from '../../lib/sanitise-html.js';
import { classNames, type LabelSize } from './field.template.js';

export interface LegendOptions {
  readonly text?: string | undefined;
  /** GOV.UK's `html` legend, sanitised. */
  readonly html?: string | undefined;
  readonly size?: LabelSize | undefined;
  /** Wraps the legend's text in an `h1`: for a page that asks one question, GOV.UK makes the legend the page heading. */
  readonly isPageHeading?: boolean | undefined;
  readonly classes?: string | undefined;
}

/** GOV.UK's fieldset options besides the legend, where a component lets a page set them. */
export interface FieldsetExtras {
  readonly classes?: string | undefined;
  readonly attributes?: GovukAttributes | undefined;
}

/**
 * GOV.UK fieldset: the legend names the group, so screen readers say the question before each option.
 * `role: 'group'` is for fieldsets of text inputs (a date): JAWS does not announce a plain fieldset's description there.
 */
export function fieldsetTemplate(
  legend: LegendOptions | undefined,
  describedBy: string | undefined,
  content: unknown,
  role?: string,
  extras: FieldsetExtras = {},
): TemplateResult {
  const hasLegend = legend !== undefined && (Boolean(legend.text) || Boolean(legend.html));
  const legendContent = hasLegend ? textOrHtml(legend) : nothing;
  return html`<fieldset
    class=${classNames('govuk-fieldset', extras.classes)}
    role=${ifDefined(role)}
    aria-describedby=${ifDefined(describedBy)}
    data-civic-attributes=${ifDefined(attributesMarker(extras.attributes))}
  >
    ${
      hasLegend
        ? html`<legend
            class=${classNames('govuk-fieldset__legend', legend.size && `govuk-fieldset__legend--${legend.size}`, legend.classes)}
          >
            ${legend.isPageHeading ? html`<h1 class="govuk-fieldset__heading">${legendContent}</h1>` : legendContent}
          </legend>`
        : nothing
    }
    ${content}
  </fieldset>`;
}
