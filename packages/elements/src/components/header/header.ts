import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { fieldMessages, translatorFor } from '../../messages.js';
import { headerTemplate } from './header.template.js';
import type { HeaderOptions } from './header.options.js';

/**
 * @tagname civic-header
 * @summary A council-branded page header: the organisation's name or logo linking to its homepage, and the service name.
 *
 * Not GOV.UK-branded by default: it renders govuk-frontend's generic header with
 * the organisation's name (`organisation-name`) and/or logo (`logo-url`, which
 * needs `logo-alt`), linking to `homepage-url` (`/` by default). The crown and
 * "GOV.UK" logotype appear only with `govuk-branding`, for services that are on
 * GOV.UK. Put it inside the page's `<header>` element (the banner landmark), as
 * GOV.UK's page template does; the element itself adds no landmark.
 *
 * The brand colour comes from CSS, never an inline style, so a strict
 * `style-src 'self'` policy is fine: link `@civicbricks/elements/theme/council-theme.css`
 * after govuk-frontend's stylesheet and set `--civic-brand-colour` (and
 * `--civic-brand-text-colour`, which must contrast 4.5:1 with it) in your own stylesheet.
 * URLs pass the allow-list (relative, http(s), mailto, tel; anything else becomes `#`).
 *
 * @cssprop --civic-brand-colour - The header's background (and GOV.UK's brand colour for the footer border and inverse components).
 * @cssprop --civic-brand-text-colour - Text and link colour on the brand colour; white by default.
 */
export class CivicHeader extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .civic-header';

  @property({ attribute: 'organisation-name' }) organisationName: string | undefined;
  /** The organisation's homepage; `/` by default, `https://www.gov.uk/` with `govuk-branding`. */
  @property({ attribute: 'homepage-url' }) homepageUrl: string | undefined;
  @property({ attribute: 'logo-url' }) logoUrl: string | undefined;
  /** Required with `logo-url`: what the logo says, usually the organisation's name. */
  @property({ attribute: 'logo-alt' }) logoAlt: string | undefined;
  @property({ attribute: 'service-name' }) serviceName: string | undefined;
  @property({ attribute: 'service-url' }) serviceUrl: string | undefined;
  /** Only for services on GOV.UK: the crown and GOV.UK logotype instead of the organisation's name and logo. */
  @property({ type: Boolean, attribute: 'govuk-branding' }) govukBranding: boolean | undefined;

  /** The homepage link, once rendered. */
  get homepageLink(): HTMLAnchorElement | null {
    return this.querySelector('.govuk-generic-header__homepage-link, .govuk-header__homepage-link');
  }

  protected override adoptServerState(serverRoot: HTMLElement): void {
    // The server wrapper writes every option as an attribute; this covers bare markup (`element: false`) wrapped by hand.
    if (serverRoot.classList.contains('govuk-header')) this.govukBranding ??= true;
    const homepage = serverRoot.querySelector('.govuk-generic-header__homepage-link, .govuk-header__homepage-link');
    this.homepageUrl ??= homepage?.getAttribute('href') ?? undefined;
    const logo = serverRoot.querySelector('.civic-header__logo-image');
    this.logoUrl ??= logo?.getAttribute('src') ?? undefined;
    this.logoAlt ??= logo?.getAttribute('alt') ?? undefined;
    this.organisationName ??= serverRoot.querySelector('.civic-header__organisation-name')?.textContent?.trim();
    const service = serverRoot.querySelector('.civic-header__service-name');
    this.serviceName ??= service?.textContent?.trim();
    this.serviceUrl ??= service?.getAttribute('href') ?? undefined;
  }

  get options(): HeaderOptions {
    return {
      organisationName: this.organisationName,
      homepageUrl: this.homepageUrl,
      logoUrl: this.logoUrl,
      logoAlt: this.logoAlt,
      serviceName: this.serviceName,
      serviceUrl: this.serviceUrl,
      govukBranding: this.govukBranding,
    };
  }

  protected override render(): TemplateResult {
    return headerTemplate(this.withGovukOptions(this.options), translatorFor(fieldMessages, this.locale, this.messages));
  }
}
