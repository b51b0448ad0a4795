import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from '@civicbricks/core/i18n';
import { safeUrl } from '../../lib/safe-url.js';
import type { CookieBannerMessageKey } from './cookie-banner.messages.js';
import type { CookieBannerOptions } from './cookie-banner.options.js';

export const defaultFieldName = 'cookies';
export const defaultCookiesPageUrl = '/cookies';

function questionTemplate(options: CookieBannerOptions, t: Translator<CookieBannerMessageKey>, field: string): TemplateResult {
  return html`<div class="govuk-cookie-banner__message govuk-width-container">
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h2 class="govuk-cookie-banner__heading govuk-heading-m">${t('heading', { serviceName: options.serviceName })}</h2>
        <div class="govuk-cookie-banner__content">
          <p class="govuk-body">${t('essential')}</p>
          <p class="govuk-body">${t('analytics')}</p>
        </div>
      </div>
    </div>
    <div class="govuk-button-group">
      <button type="submit" name=${field} value="accept" class="govuk-button" data-module="govuk-button">${t('accept')}</button>
      <button type="submit" name=${field} value="reject" class="govuk-button" data-module="govuk-button">${t('reject')}</button>
      <a class="govuk-link" href=${safeUrl(options.cookiesPageUrl || defaultCookiesPageUrl)}>${t('viewCookies')}</a>
    </div>
  </div>`;
}

function confirmationTemplate(options: CookieBannerOptions, t: Translator<CookieBannerMessageKey>, field: string): TemplateResult {
  // `role="alert"` and `tabindex="-1"`: the element moves focus here after a choice so the result is heard, as GOV.UK asks.
  return html`<div class="govuk-cookie-banner__message govuk-width-container" role="alert" tabindex="-1">
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <div class="govuk-cookie-banner__content">
          <p class="govuk-body">
            ${`${t(options.choice === 'accept' ? 'accepted' : 'rejected')} ${t('changeBefore')}`}
            <a class="govuk-link" href=${safeUrl(options.cookiesPageUrl || defaultCookiesPageUrl)}>${t('changeLink')}</a>
            ${t('changeAfter')}
          </p>
        </div>
      </div>
    </div>
    <div class="govuk-button-group">
      <button type="submit" name=${field} value="hide" class="govuk-button" data-module="govuk-button">${t('hide')}</button>
    </div>
  </div>`;
}

/**
 * The GOV.UK cookie banner: a region named "Cookies on [service]" holding a form, so the choice
 * posts to the server when JavaScript is off. After a choice it shows the confirmation instead.
 */
export function cookieBannerTemplate(options: CookieBannerOptions, t: Translator<CookieBannerMessageKey>): TemplateResult {
  const field = options.fieldName || defaultFieldName;
  return html`<div
    class="govuk-cookie-banner"
    data-nosnippet
    role="region"
    aria-label=${t('heading', { serviceName: options.serviceName })}
  >
    <form method="post" action=${ifDefined(options.formAction ? safeUrl(options.formAction) : undefined)} class="civic-cookie-banner__form">
      ${options.csrfToken ? html`<input type="hidden" name=${options.csrfFieldName || '_csrf'} value=${options.csrfToken} />` : nothing}
      ${options.choice ? confirmationTemplate(options, t, field) : questionTemplate(options, t, field)}
    </form>
  </div>`;
}
