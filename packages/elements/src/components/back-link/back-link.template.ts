import { html, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attributesMarker } from '../../lib/govuk-attributes.js';
import { safeUrl } from '../../lib/safe-url.js';
import { textOrHtml } from '../../lib/sanitise-html.js';
import { classNames } from '../field/field.template.js';
import type { BackLinkOptions } from './back-link.options.js';

/** The GOV.UK back link: goes to the previous page of a journey; put it before `<main>`. */
export function backLinkTemplate(options: BackLinkOptions, t: Translator<'text'>): TemplateResult {
  const content = options.html ? textOrHtml(options) : options.text || t('text');
  const [href, classes, marker] = [
    safeUrl(options.href || '#'),
    classNames('govuk-back-link', options.classes),
    attributesMarker(options.attributes),
  ];
  // One line: pages compare and adopt this markup as written.
  return html`<a href=${href} class=${classes} data-civic-attributes=${ifDefined(marker)}>${content}</a>`;
}
