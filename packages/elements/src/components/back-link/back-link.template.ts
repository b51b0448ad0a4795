import { html, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { safeUrl } from '../../lib/safe-url.js';
import type { BackLinkOptions } from './back-link.options.js';

/** The GOV.UK back link: goes to the previous page of a journey; put it before `<main>`. */
export function backLinkTemplate(options: BackLinkOptions, t: Translator<'text'>): TemplateResult {
  return html`<a href=${safeUrl(options.href || '#')} class="govuk-back-link">${options.text || t('text')}</a>`;
}
