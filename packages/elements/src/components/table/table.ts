import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CivicElement } from '../../lib/civic-element.js';
import { translatorFor } from '../../messages.js';
import { tableMessages } from './table.messages.js';
import { sortDirections, sortRows, type SortDirection } from './table.sort.js';
import { tableTemplate } from './table.template.js';
import type { TableCaptionSize, TableCell, TableHeadCell, TableOptions } from './table.options.js';

/**
 * Fired by `<civic-table>` when someone asks to sort a column, before anything changes. Cancel it
 * (`preventDefault()`) to keep the table as it is; in `sort-mode="server"`, fetch the sorted page and set `rows`.
 */
export class CivicSortEvent extends Event {
  static readonly eventName = 'civic-sort';
  /** The column, counting from 0. */
  readonly column: number;
  readonly direction: SortDirection;
  /** The column's header text, for building a request or a message. */
  readonly columnText: string;

  constructor(column: number, direction: SortDirection, columnText: string) {
    super(CivicSortEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.column = column;
    this.direction = direction;
    this.columnText = columnText;
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-sort': CivicSortEvent;
  }
}

/**
 * @tagname civic-table
 * @summary The GOV.UK table, with optional sortable columns after the MOJ sortable table pattern.
 *
 * Head and rows are JSON; give numeric cells `format: "numeric"` to right-align them, as GOV.UK does.
 * With `sortable`, each column header (unless `sortable: false`) becomes a button once the script runs:
 * the sorted column's header says `aria-sort="ascending"` or `"descending"`, the others `"none"`, and a
 * visually hidden status region says "Sorted by Cost, ascending" (Welsh "Wedi’i drefnu yn ôl Cost, trefn
 * esgynnol"). A column whose header is `numeric` sorts as numbers; text sorts with `Intl.Collator` for the
 * page language. The server render keeps plain headers: without the script nothing could sort.
 *
 * For data split across pages, `sort-mode="server"` never reorders rows: it fires `civic-sort` and
 * shows the new sort state, and the page fetches the sorted data and sets `rows` (or cancels the event
 * and navigates). Text only: GOV.UK's `html` options are not offered because there is no sanitiser yet.
 *
 * @event civic-sort - {@link CivicSortEvent}, cancelable: someone chose to sort `column` in `direction`.
 */
export class CivicTable extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .govuk-table';

  @property() caption: string | undefined;
  /** `s`, `m`, `l` or `xl`. */
  @property({ attribute: 'caption-size' }) captionSize: TableCaptionSize | undefined;
  /** `[{ "text": "Month" }, { "text": "Cost", "format": "numeric" }]` (JSON in the `head` attribute). */
  @property({ type: Array }) head: TableHeadCell[] | undefined;
  /** `[[{ "text": "January" }, { "text": "£85", "format": "numeric" }]]` (JSON in the `rows` attribute). */
  @property({ type: Array }) rows: TableCell[][] = [];
  @property({ type: Boolean, attribute: 'first-cell-is-header' }) firstCellIsHeader = false;
  @property({ type: Boolean }) sortable = false;
  /** `client` (default) or `server`. */
  @property({ attribute: 'sort-mode' }) sortMode: 'client' | 'server' | undefined;
  /** The sorted column, from 0: set it to say how the rows already are; it follows each sort. */
  @property({
    attribute: 'sort-column',
    converter: { fromAttribute: (value) => (value === null || !/^\d+$/.test(value) ? undefined : Number(value)) },
  })
  sortColumn: number | undefined;
  @property({
    attribute: 'sort-direction',
    converter: { fromAttribute: (value) => sortDirections.find((direction) => direction === value) },
  })
  sortDirection: SortDirection | undefined;

  // Rows keep the order the page gave until someone sorts in the page; the initial sort state only describes them.
  @state() private sortedHere = false;
  @state() private announce = false;

  get options(): TableOptions {
    return {
      rows: this.rows,
      head: this.head,
      caption: this.caption,
      captionSize: this.captionSize,
      firstCellIsHeader: this.firstCellIsHeader,
      sortable: this.sortable,
      sortMode: this.sortMode,
      sortColumn: this.sortColumn,
      sortDirection: this.sortDirection,
    };
  }

  /** The rows in the order shown. */
  get displayedRows(): TableCell[][] {
    const column = this.sortColumn;
    if (!this.sortedHere || this.sortMode === 'server' || column === undefined || this.sortDirection === undefined) return this.rows;
    return sortRows(this.rows, column, this.sortDirection, this.head?.[column]?.format === 'numeric', this.locale);
  }

  /** Sorts by a column as its button does: ascending first, then flipping each time. Returns `false` if a `civic-sort` listener cancelled it. */
  sortBy(column: number, direction?: SortDirection): boolean {
    const next = direction ?? (this.sortColumn === column && this.sortDirection === 'ascending' ? 'descending' : 'ascending');
    if (!this.dispatchEvent(new CivicSortEvent(column, next, this.head?.[column]?.text ?? ''))) return false;
    this.sortColumn = column;
    this.sortDirection = next;
    this.sortedHere = true;
    this.announce = true;
    return true;
  }

  protected override render(): TemplateResult {
    const t = translatorFor(tableMessages, this.locale, this.messages);
    const column = this.sortColumn;
    const columnText = column === undefined ? undefined : this.head?.[column]?.text;
    const announcement =
      this.announce && columnText !== undefined && this.sortDirection !== undefined
        ? t(this.sortDirection === 'ascending' ? 'sortedAscending' : 'sortedDescending', { column: columnText })
        : '';
    return html`${tableTemplate(
      { ...this.options, rows: this.displayedRows },
      {
        column,
        direction: this.sortDirection,
        announcement,
        onSort: (index) => {
          this.sortBy(index);
        },
      },
    )}`;
  }
}
