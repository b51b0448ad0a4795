import { html, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attributesMarker } from '../../lib/govuk-attributes.js';
import { textOrHtml } from '../../lib/sanitise-html.js';
import { classNames } from '../field/field.template.js';
import type { WarningTextOptions } from './warning-text.options.js';

/** GOV.UK warning text: the "!" icon is hidden from screen readers, which hear the visually hidden "Warning" instead. */
export function warningTextTemplate(options: WarningTextOptions, t: Translator<'iconFallbackText'>): TemplateResult {
  // The space goes inside the text node, so screen readers say "Warning You can be fined", not "WarningYou".
  const content = options.html ? html` ${textOrHtml(options)}` : ` ${options.text ?? ''}`;
  return html`<div
    class=${classNames('govuk-warning-text', options.classes)}
    data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
  >
    <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
    <strong class="govuk-warning-text__text"
      ><span class="govuk-visually-hidden">${options.iconFallbackText || t('iconFallbackText')}</span>${content}</strong
    >
  </div>`;
}
