import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { translatorFor } from '../../messages.js';
import { breadcrumbsMessages } from './breadcrumbs.messages.js';
import { breadcrumbsTemplate } from './breadcrumbs.template.js';
import type { BreadcrumbsItem, BreadcrumbsOptions } from './breadcrumbs.options.js';

/**
 * @tagname civic-breadcrumbs
 * @summary GOV.UK breadcrumbs: where this page sits in the site, as links to the pages above it.
 *
 * A `nav` landmark named "Breadcrumb" (Welsh "Briwsion bara"), which `label-text`
 * or `messages='{"labelText": "…"}'` can change. An item without `href` is the
 * current page: it is not a link and is marked `aria-current="page"`. Links pass
 * the URL allow-list (relative, http(s), mailto, tel; anything else becomes `#`).
 * Text only: GOV.UK's item `html` option is not offered because there is no sanitiser yet.
 */
export class CivicBreadcrumbs extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-breadcrumbs';

  /** The trail, top first: `[{ "text": "Home", "href": "/" }, { "text": "Bins" }]` (JSON in the `items` attribute). */
  @property({ type: Array }) items: BreadcrumbsItem[] = [];
  /** On small screens, shows only the first and last items. */
  @property({ type: Boolean, attribute: 'collapse-on-mobile' }) collapseOnMobile = false;
  /** Defaults to "Breadcrumb", or its Welsh translation. */
  @property({ attribute: 'label-text' }) labelText: string | undefined;

  protected override adoptServerState(serverRoot: HTMLElement): void {
    if (this.items.length > 0) return;
    this.items = [...serverRoot.querySelectorAll('.govuk-breadcrumbs__list-item')].map((item) => {
      const link = item.querySelector('a');
      return link
        ? { text: (link.textContent ?? '').trim(), href: link.getAttribute('href') ?? '' }
        : { text: (item.textContent ?? '').trim() };
    });
  }

  get options(): BreadcrumbsOptions {
    return { items: this.items, collapseOnMobile: this.collapseOnMobile, labelText: this.labelText };
  }

  protected override render(): TemplateResult {
    return breadcrumbsTemplate(this.options, translatorFor(breadcrumbsMessages, this.locale, this.messages));
  }
}
