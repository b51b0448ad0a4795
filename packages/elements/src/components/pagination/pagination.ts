import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { translatorFor } from '../../messages.js';
import { paginationMessages } from './pagination.messages.js';
import { paginationTemplate } from './pagination.template.js';
import type { PaginationItem, PaginationLink, PaginationOptions } from './pagination.options.js';

/**
 * @tagname civic-pagination
 * @summary GOV.UK pagination: previous and next links, with numbered pages between them or, in the block variant, page titles.
 *
 * A `nav` landmark named "Pagination" (Welsh "Tudalennu"; change it with `landmark-label`). Links read
 * "Previous page" and "Next page" (Welsh "Blaenorol", "Nesaf"); numbered links are named "Page 3" (Welsh
 * "Tudalen 3") and the current page is marked `aria-current="page"`. With no numbered items, previous and
 * next stack as the block variant, each with an optional `labelText`. `paginationItems()` builds numbered
 * items with ellipses for long runs. Every link passes the URL allow-list (relative, http(s), mailto, tel;
 * anything else becomes `#`). Text only: GOV.UK's `html` options are not offered because there is no sanitiser yet.
 */
export class CivicPagination extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-pagination';

  /** `[{ "number": 1, "href": "?page=1" }, { "ellipsis": true }, { "number": 7, "href": "?page=7", "current": true }]` (JSON in the `items` attribute). */
  @property({ type: Array }) items: PaginationItem[] | undefined;
  /** `{ "href": "?page=6" }`, optionally with `text` and (block variant) `labelText` (JSON in the `previous` attribute). */
  @property({ type: Object }) previous: PaginationLink | undefined;
  @property({ type: Object }) next: PaginationLink | undefined;
  /** Defaults to "Pagination", or its Welsh translation. */
  @property({ attribute: 'landmark-label' }) landmarkLabel: string | undefined;

  get options(): PaginationOptions {
    return { items: this.items, previous: this.previous, next: this.next, landmarkLabel: this.landmarkLabel };
  }

  protected override render(): TemplateResult {
    return paginationTemplate(this.options, translatorFor(paginationMessages, this.locale, this.messages));
  }
}
