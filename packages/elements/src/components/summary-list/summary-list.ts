import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { summaryListTemplate } from './summary-list.template.js';
import type { SummaryCard, SummaryListOptions, SummaryListRow } from './summary-list.options.js';

/**
 * @tagname civic-summary-list
 * @summary The GOV.UK summary list: answers as key and value pairs, with change links, optionally in a summary card.
 *
 * Used on "Check your answers" pages. Each row's action links take
 * `visuallyHiddenText` so screen readers hear "Change name" rather than a page of
 * "Change" links; inside a card the card title is added too ("Change name (Director 1)").
 * The link text ("Change", Welsh "Newid") is yours to give, as in GOV.UK, so it is
 * not in a message catalogue. Links pass the URL allow-list (relative, http(s),
 * mailto, tel; anything else becomes `#`). Text only: GOV.UK's `html` options are
 * not offered because there is no sanitiser yet.
 */
export class CivicSummaryList extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-summary-list, :scope > .govuk-summary-card';

  /** `[{ "key": { "text": "Name" }, "value": { "text": "Sarah Philips" }, "actions": { "items": [{ "href": "#name", "text": "Change", "visuallyHiddenText": "name" }] } }]` (JSON in the `rows` attribute). */
  @property({ type: Array }) rows: SummaryListRow[] = [];
  /** Removes the row separators. */
  @property({ type: Boolean, attribute: 'no-border' }) noBorder = false;
  /** `{ "title": { "text": "University of Gloucestershire" }, "actions": { "items": [...] } }` wraps the list in a summary card (JSON in the `card` attribute). */
  @property({ type: Object }) card: SummaryCard | undefined;

  get options(): SummaryListOptions {
    return { rows: this.rows, noBorder: this.noBorder, card: this.card };
  }

  protected override render(): TemplateResult {
    return summaryListTemplate(this.options);
  }
}
