import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from '@civicbricks/core/i18n';
import { showsGovukBranding } from '../../lib/branding.js';
import { attributesMarker } from '../../lib/govuk-attributes.js';
import { govukFooterCrownTemplate, openGovernmentLicenceLogoTemplate } from '../../lib/govuk-logo.js';
import { safeUrl } from '../../lib/safe-url.js';
import { textOrHtml } from '../../lib/sanitise-html.js';
import { classNames } from '../field/field.template.js';
import type { FooterMessageKey } from './footer.messages.js';
import type { FooterOptions } from './footer.options.js';

export const openGovernmentLicenceUrl = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
export const crownCopyrightUrl =
  'https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/';

const hasContent = (option: { readonly text?: string | undefined; readonly html?: string | undefined } | null | undefined): boolean =>
  Boolean(option && (option.text || option.html));

function licenceTemplate(options: FooterOptions, govuk: boolean, t: Translator<FooterMessageKey>): TemplateResult | typeof nothing {
  if (options.contentLicence === null) return nothing;
  const own = hasContent(options.contentLicence) ? textOrHtml(options.contentLicence ?? undefined) : undefined;
  // The Open Government Licence is Crown material's licence: a council's content is not under it unless the council says so.
  if (!govuk) return own === undefined ? nothing : html`<span class="govuk-footer__licence-description">${own}</span>`;
  return html`${openGovernmentLicenceLogoTemplate()}
    <span class="govuk-footer__licence-description"
      >${
        own ??
        html`${t('licenceBefore')}
          <a class="govuk-footer__link" href=${openGovernmentLicenceUrl} rel="license">${t('licenceLink')}</a>${t('licenceAfter')}`
      }</span
    >`;
}

function copyrightTemplate(options: FooterOptions, govuk: boolean, t: Translator<FooterMessageKey>): TemplateResult | typeof nothing {
  const own = options.copyright && hasContent(options.copyright) ? options.copyright : undefined;
  if (!own && !govuk) return nothing;
  const content = own ? textOrHtml(own) : t('crownCopyright');
  // GOV.UK links the copyright line to Crown copyright; a council's links where it says, or nowhere.
  const href = own ? (own.href ?? (govuk ? crownCopyrightUrl : undefined)) : crownCopyrightUrl;
  return html`<div class="govuk-footer__meta-item">
    ${
      href
        ? html`<a class="govuk-footer__link govuk-footer__copyright-logo" href=${safeUrl(href)}>${content}</a>`
        : html`<span class="civic-footer__copyright">${content}</span>`
    }
  </div>`;
}

function linkTemplate(item: {
  readonly text?: string | undefined;
  readonly href?: string | undefined;
  readonly attributes?: Record<string, unknown> | undefined;
}): TemplateResult {
  return html`<a
    class="govuk-footer__link"
    href=${safeUrl(item.href)}
    data-civic-attributes=${ifDefined(attributesMarker(item.attributes as never))}
    >${item.text}</a
  >`;
}

/**
 * The footer: navigation, support links, the content licence and copyright. A council footer has no crown, no
 * Open Government Licence and no Crown copyright; on GOV.UK (`govukBranding`, or `setServiceBranding('govuk')`) it has GOV.UK's.
 */
export function footerTemplate(options: FooterOptions, t: Translator<FooterMessageKey>): TemplateResult {
  const govuk = showsGovukBranding(options.govukBranding);
  const meta = options.meta;
  const items = meta?.items ?? [];
  const navigation = options.navigation ?? [];
  return html`<div
    class=${classNames('govuk-footer civic-footer', options.classes)}
    data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
  >
    <div class=${classNames('govuk-width-container', options.containerClasses)}>
      ${govuk ? govukFooterCrownTemplate() : nothing}
      ${
        navigation.length > 0
          ? html`<div class="govuk-footer__navigation">
                ${navigation.map(
                  (section) =>
                    html`<div class="govuk-footer__section govuk-grid-column-${section.width || 'full'}">
                      <h2 class="govuk-footer__heading govuk-heading-m">${section.title}</h2>
                      ${
                        section.items && section.items.length > 0
                          ? html`<ul
                              class=${classNames('govuk-footer__list', section.columns !== undefined && `govuk-footer__list--columns-${section.columns}`)}
                            >
                              ${section.items
                                .filter((item) => item.href && item.text)
                                .map((item) => html`<li class="govuk-footer__list-item">${linkTemplate(item)}</li>`)}
                            </ul>`
                          : nothing
                      }
                    </div>`,
                )}
              </div>
              <hr class="govuk-footer__section-break" />`
          : nothing
      }
      <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
          ${
            meta
              ? html`<h2 class="govuk-visually-hidden">${meta.visuallyHiddenTitle || t('supportLinks')}</h2>
                  ${
                    items.length > 0
                      ? html`<ul class="govuk-footer__inline-list">
                          ${items.map((item) => html`<li class="govuk-footer__inline-list-item">${linkTemplate(item)}</li>`)}
                        </ul>`
                      : nothing
                  }
                  ${hasContent(meta) ? html`<div class="govuk-footer__meta-custom">${textOrHtml(meta)}</div>` : nothing}`
              : nothing
          }
          ${licenceTemplate(options, govuk, t)}
        </div>
        ${copyrightTemplate(options, govuk, t)}
      </div>
    </div>
  </div>`;
}
