import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { translatorFor } from '../../messages.js';
import { footerMessages } from './footer.messages.js';
import { crownCopyrightUrl, footerTemplate } from './footer.template.js';
import type { FooterOptions } from './footer.options.js';

type Meta = NonNullable<FooterOptions['meta']>;

/**
 * @tagname civic-footer
 * @summary The page footer: support links (accessibility statement, cookies, contact), your content licence and copyright.
 *
 * A council footer by default: no crown, and no Open Government Licence or Crown
 * copyright, which belong to Crown material; give your own `content-licence` and
 * `copyright` (`{"text": "© Anytown Borough Council"}`). With `govuk-branding`,
 * for services on GOV.UK, it shows the crown, the Open Government Licence
 * sentence and "© Crown copyright" (Welsh: "Drwydded Llywodraeth Agored v3.0",
 * "© Hawlfraint y Goron") unless you replace them. The support links sit under a
 * visually hidden "Support links" heading (Welsh "Dolenni cymorth"). Put it in
 * the page's `<footer>` element (the contentinfo landmark), as GOV.UK's page
 * template does. Links pass the URL allow-list. Text only.
 */
export class CivicFooter extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-footer';

  /** `{"items": [{"text": "Accessibility statement", "href": "/accessibility"}], "text": "…", "visuallyHiddenTitle": "…"}` */
  @property({ type: Object }) meta: Meta | undefined;
  /** `{"text": "…"}`: your content's licence. None by default, GOV.UK's with `govuk-branding`. */
  @property({ type: Object, attribute: 'content-licence' }) contentLicence: FooterOptions['contentLicence'];
  /** `{"text": "© Anytown Borough Council", "href": "/copyright"}`. None by default, Crown copyright with `govuk-branding`. */
  @property({ type: Object }) copyright: FooterOptions['copyright'];
  /** Only for services on GOV.UK. */
  @property({ type: Boolean, attribute: 'govuk-branding' }) govukBranding: boolean | undefined;

  protected override adoptServerState(serverRoot: HTMLElement): void {
    // The server wrapper writes every option as an attribute; this covers bare markup (`element: false`) wrapped by hand.
    if (serverRoot.querySelector('.govuk-footer__crown')) this.govukBranding ??= true;
    if (this.meta === undefined && serverRoot.querySelector('.govuk-footer__meta-item--grow > h2')) {
      const items = [...serverRoot.querySelectorAll('.govuk-footer__inline-list-item a')].map((link) => ({
        text: (link.textContent ?? '').trim(),
        href: link.getAttribute('href') ?? '',
      }));
      const text = serverRoot.querySelector('.govuk-footer__meta-custom')?.textContent?.trim();
      this.meta = { ...(items.length > 0 ? { items } : {}), ...(text ? { text } : {}) };
    }
    // GOV.UK's own licence (with its symbol) and Crown copyright come back from `govukBranding`; only custom ones are options.
    const licence = serverRoot.querySelector('.govuk-footer__licence-description');
    if (this.contentLicence === undefined && licence && !serverRoot.querySelector('.govuk-footer__licence-logo')) {
      this.contentLicence = { text: (licence.textContent ?? '').trim() };
    }
    const copyright = serverRoot.querySelector('.govuk-footer__copyright-logo, .civic-footer__copyright');
    const href = copyright?.getAttribute('href') ?? undefined;
    if (this.copyright === undefined && copyright && href !== crownCopyrightUrl) {
      this.copyright = { text: (copyright.textContent ?? '').trim(), ...(href === undefined ? {} : { href }) };
    }
  }

  get options(): FooterOptions {
    return { meta: this.meta, contentLicence: this.contentLicence, copyright: this.copyright, govukBranding: this.govukBranding };
  }

  protected override render(): TemplateResult {
    return footerTemplate(this.withGovukOptions(this.options), translatorFor(footerMessages, this.locale, this.messages));
  }
}
