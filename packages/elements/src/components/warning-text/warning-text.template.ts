import { html, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import type { WarningTextOptions } from './warning-text.options.js';

/** GOV.UK warning text: the "!" icon is hidden from screen readers, which hear the visually hidden "Warning" instead. */
export function warningTextTemplate(options: WarningTextOptions, t: Translator<'iconFallbackText'>): TemplateResult {
  return html`<div class="govuk-warning-text">
    <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
    <strong class="govuk-warning-text__text"
      ><span class="govuk-visually-hidden">${options.iconFallbackText || t('iconFallbackText')}</span>${` ${options.text}`}</strong
    >
  </div>`;
}
