import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { govukFooterCrownTemplate, openGovernmentLicenceLogoTemplate } from '../../lib/govuk-logo.js';
import { safeUrl } from '../../lib/safe-url.js';
import type { FooterMessageKey } from './footer.messages.js';
import type { FooterOptions } from './footer.options.js';

export const openGovernmentLicenceUrl = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
export const crownCopyrightUrl =
  'https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/';

function licenceTemplate(options: FooterOptions, t: Translator<FooterMessageKey>): TemplateResult | typeof nothing {
  if (options.contentLicence) {
    return html`<span class="govuk-footer__licence-description">${options.contentLicence.text}</span>`;
  }
  // The Open Government Licence is Crown material's licence: a council's content is not under it unless the council says so.
  if (!options.govukBranding) return nothing;
  return html`${openGovernmentLicenceLogoTemplate()}
    <span class="govuk-footer__licence-description"
      >${t('licenceBefore')}
      <a class="govuk-footer__link" href=${openGovernmentLicenceUrl} rel="license">${t('licenceLink')}</a>${t('licenceAfter')}</span
    >`;
}

function copyrightTemplate(options: FooterOptions, t: Translator<FooterMessageKey>): TemplateResult | typeof nothing {
  const copyright = options.copyright ?? (options.govukBranding ? { text: t('crownCopyright'), href: crownCopyrightUrl } : undefined);
  if (!copyright) return nothing;
  return html`<div class="govuk-footer__meta-item">
    ${
      copyright.href
        ? html`<a class="govuk-footer__link govuk-footer__copyright-logo" href=${safeUrl(copyright.href)}>${copyright.text}</a>`
        : html`<span class="civic-footer__copyright">${copyright.text}</span>`
    }
  </div>`;
}

/**
 * The footer: support links, the content licence and copyright. A council footer has no crown, no
 * Open Government Licence and no Crown copyright; `govukBranding` gives GOV.UK's.
 */
export function footerTemplate(options: FooterOptions, t: Translator<FooterMessageKey>): TemplateResult {
  const meta = options.meta;
  const items = meta?.items ?? [];
  return html`<div class="govuk-footer civic-footer">
    <div class="govuk-width-container">
      ${options.govukBranding ? govukFooterCrownTemplate() : nothing}
      <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
          ${
            meta
              ? html`<h2 class="govuk-visually-hidden">${meta.visuallyHiddenTitle || t('supportLinks')}</h2>
                  ${
                    items.length > 0
                      ? html`<ul class="govuk-footer__inline-list">
                          ${items.map(
                            (item) =>
                              html`<li class="govuk-footer__inline-list-item">
                                <a class="govuk-footer__link" href=${safeUrl(item.href)}>${item.text}</a>
                              </li>`,
                          )}
                        </ul>`
                      : nothing
                  }
                  ${meta.text ? html`<div class="govuk-footer__meta-custom">${meta.text}</div>` : nothing}`
              : nothing
          }
          ${licenceTemplate(options, t)}
        </div>
        ${copyrightTemplate(options, t)}
      </div>
    </div>
  </div>`;
}
