import { showsGovukBranding } from '../../lib/branding.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attributesMarker } from '../../lib/govuk-attributes.js';
import { classNames } from '../field/field.template.js';
import type { Translate } from '../../messages.js';
import { safeUrl } from '../../lib/safe-url.js';
import type { HeaderOptions } from './header.options.js';
import { govukLogoTemplate } from '../../lib/govuk-logo.js';

/** Where the GOV.UK-branded header links when no homepage is given, as in govuk-frontend. */
export const govukHomepageUrl = 'https://www.gov.uk/';

function serviceNameTemplate(options: HeaderOptions): TemplateResult | typeof nothing {
  if (!options.serviceName) return nothing;
  return html`<div class="civic-header__service">
    ${
      options.serviceUrl
        ? html`<a
            class="govuk-link govuk-link--inverse civic-header__service-name civic-header__service-link"
            href=${safeUrl(options.serviceUrl)}
            >${options.serviceName}</a
          >`
        : html`<span class="civic-header__service-name">${options.serviceName}</span>`
    }
  </div>`;
}

/**
 * The header: the organisation's name or logo linking to its homepage, and the service name.
 * Councils get govuk-frontend's generic header (no crown, no GOV.UK); `govukBranding` gives the GOV.UK header.
 * Colours come from the page's stylesheet (`theme/council-theme.css`), never from a `style` attribute,
 * so the header works under a `style-src 'self'` Content Security Policy.
 */
export function headerTemplate(options: HeaderOptions, _t: Translate): TemplateResult {
  if (showsGovukBranding(options.govukBranding)) {
    return html`<div
      class=${classNames('govuk-header civic-header civic-header--govuk', options.classes)}
      data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
    >
      <div class=${classNames('govuk-header__container civic-header__container', options.containerClasses ?? 'govuk-width-container')}>
        <div class="govuk-header__logo">
          <a href=${safeUrl(options.homepageUrl || govukHomepageUrl)} class="govuk-header__homepage-link"
            >${govukLogoTemplate()}${
              options.productName ? html`<span class="govuk-header__product-name">${options.productName}</span>` : nothing
            }</a
          >
        </div>
        ${serviceNameTemplate(options)}
      </div>
    </div>`;
  }
  return html`<div
    class=${classNames('govuk-generic-header civic-header', options.classes)}
    data-civic-attributes=${ifDefined(attributesMarker(options.attributes))}
  >
    <div
      class=${classNames('govuk-generic-header__container civic-header__container', options.containerClasses ?? 'govuk-width-container')}
    >
      <div class="govuk-generic-header__logo">
        <a href=${safeUrl(options.homepageUrl || '/')} class="govuk-generic-header__homepage-link civic-header__homepage-link"
          >${
            options.logoUrl
              ? html`<img class="civic-header__logo-image" src=${safeUrl(options.logoUrl)} alt=${options.logoAlt ?? ''} height="30" />`
              : nothing
          }${options.organisationName ? html`<span class="civic-header__organisation-name">${options.organisationName}</span>` : nothing}</a
        >
      </div>
      ${serviceNameTemplate(options)}
    </div>
  </div>`;
}
