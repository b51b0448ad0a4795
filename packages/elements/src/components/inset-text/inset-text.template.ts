import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attributesMarker } from '../../lib/govuk-attributes.js';
import { textOrHtml } from '../../lib/sanitise-html.js';
import { classNames } from '../field/field.template.js';
import type { InsetTextOptions } from './inset-text.options.js';

/** GOV.UK inset text: a quotation, example or piece of advice set apart from the text around it. */
export function insetTextTemplate(options: InsetTextOptions): TemplateResult {
  // The text sits tight against its tags: read as written (textContent), with no white space around it.
  const classes = classNames('govuk-inset-text', options.classes);
  const marker = attributesMarker(options.attributes);
  return html`<div id=${ifDefined(options.id)} class=${classes} data-civic-attributes=${ifDefined(marker)}>${textOrHtml(options)}</div>`;
}
