import { html, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { safeUrl } from '../../lib/safe-url.js';
import type { SkipLinkOptions } from './skip-link.options.js';

/** The GOV.UK skip link: the first thing on the page, visible only when focused. */
export function skipLinkTemplate(options: SkipLinkOptions, t: Translator<'text'>): TemplateResult {
  return html`<a href=${safeUrl(options.href || '#content')} class="govuk-skip-link" data-module="govuk-skip-link"
    >${options.text || t('text')}</a
  >`;
}
