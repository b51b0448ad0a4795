import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attributesMarker } from '../../lib/govuk-attributes.js';
import { textOrHtml } from '../../lib/sanitise-html.js';
import { classNames } from '../field/field.template.js';
import type { TagOptions } from './tag.options.js';

/** The GOV.UK tag: a status such as "Completed" or "In progress", never a link or button. */
export function tagTemplate(options: TagOptions): TemplateResult {
  return html`<strong
    class=${classNames('govuk-tag', options.colour && `govuk-tag--${options.colour}`, options.classes)}
    data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
    >${textOrHtml(options)}</strong
  >`;
}
