import { html, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attributesMarker } from '../../lib/govuk-attributes.js';
import { safeUrl } from '../../lib/safe-url.js';
import { textOrHtml } from '../../lib/sanitise-html.js';
import { classNames } from '../field/field.template.js';
import type { SkipLinkOptions } from './skip-link.options.js';

/** The GOV.UK skip link: the first thing on the page, visible only when focused. */
export function skipLinkTemplate(options: SkipLinkOptions, t: Translator<'text'>): TemplateResult {
  const content = options.html ? textOrHtml(options) : options.text || t('text');
  const classes = classNames('govuk-skip-link', options.classes);
  return html`<a
    href=${safeUrl(options.href || '#content')}
    class=${classes}
    data-module="govuk-skip-link"
    data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
    >${content}</a
  >`;
}
