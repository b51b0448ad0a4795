import { html, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { safeUrl } from '../../lib/safe-url.js';
import type { BreadcrumbsOptions } from './breadcrumbs.options.js';

/** GOV.UK breadcrumbs: a labelled navigation landmark with an ordered list of the pages above this one. */
export function breadcrumbsTemplate(options: BreadcrumbsOptions, t: Translator<'labelText'>): TemplateResult {
  return html`<nav
    class="govuk-breadcrumbs${options.collapseOnMobile ? ' govuk-breadcrumbs--collapse-on-mobile' : ''}"
    aria-label=${options.labelText || t('labelText')}
  >
    <ol class="govuk-breadcrumbs__list">
      ${options.items.map((item) =>
        item.href
          ? html`<li class="govuk-breadcrumbs__list-item">
              <a class="govuk-breadcrumbs__link" href=${safeUrl(item.href)}>${item.text}</a>
            </li>`
          : html`<li class="govuk-breadcrumbs__list-item" aria-current="page">${item.text}</li>`,
      )}
    </ol>
  </nav>`;
}
