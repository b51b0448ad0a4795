import { html, nothing, type TemplateResult } from 'lit';
import type { SortDirection, TableCell, TableHeadCell, TableOptions } from './table.options.js';

/** What the element adds once its script runs: which column is sorted, what to announce, and what a sort button does. */
export interface TableSortState {
  readonly column: number | undefined;
  readonly direction: SortDirection | undefined;
  /** Text of the live region: empty until someone sorts, so nothing is read out on page load. */
  readonly announcement: string;
  readonly onSort: (column: number) => void;
}

/** Whether a column's header becomes a sort button. */
export function isSortableColumn(options: TableOptions, column: number): boolean {
  return options.sortable === true && options.head?.[column]?.sortable !== false;
}

// Up and down arrows, drawn rather than typed so no font can lose them; hidden from screen readers, which hear `aria-sort`.
function sortIcon(direction: SortDirection | undefined): TemplateResult {
  return html`<svg class="civic-table__sort-icon" width="11" height="19" viewBox="0 0 22 38" focusable="false" aria-hidden="true">
    ${direction === 'descending' ? nothing : html`<path d="M11 0 22 14H0z" fill="currentColor"></path>`}
    ${direction === 'ascending' ? nothing : html`<path d="M11 38 0 24h22z" fill="currentColor"></path>`}
  </svg>`;
}

function headerCell(options: TableOptions, cell: TableHeadCell, column: number, sort: TableSortState | undefined): TemplateResult {
  const classes = `govuk-table__header${cell.format ? ` govuk-table__header--${cell.format}` : ''}`;
  if (sort === undefined || !isSortableColumn(options, column)) return html`<th scope="col" class=${classes}>${cell.text}</th>`;
  const direction = sort.column === column ? sort.direction : undefined;
  // aria-sort goes on every sortable header so each announces its state; "none" says "can be sorted, is not".
  return html`<th scope="col" class=${classes} aria-sort=${direction ?? 'none'}>
    <button type="button" class="civic-table__sort-button" data-column=${column} @click=${() => sort.onSort(column)}>
      ${cell.text}${sortIcon(direction)}
    </button>
  </th>`;
}

function bodyCell(options: TableOptions, cell: TableCell, column: number): TemplateResult {
  if (column === 0 && options.firstCellIsHeader) return html`<th scope="row" class="govuk-table__header">${cell.text}</th>`;
  return html`<td class="govuk-table__cell${cell.format ? ` govuk-table__cell--${cell.format}` : ''}">${cell.text}</td>`;
}

/**
 * The GOV.UK table. Without `sort` (the server render, or a table that is not sortable) it is GOV.UK's markup
 * exactly, with plain headers; with it, sortable headers hold buttons and a status region reports each sort.
 */
export function tableTemplate(options: TableOptions, sort?: TableSortState): TemplateResult {
  const enhanced = sort !== undefined && options.sortable === true;
  const table = html`<table class="govuk-table">
    ${
      options.caption
        ? html`<caption class="govuk-table__caption${options.captionSize ? ` govuk-table__caption--${options.captionSize}` : ''}">
            ${options.caption}
          </caption>`
        : nothing
    }
    ${
      options.head && options.head.length > 0
        ? html`<thead class="govuk-table__head">
            <tr class="govuk-table__row">
              ${options.head.map((cell, column) => headerCell(options, cell, column, enhanced ? sort : undefined))}
            </tr>
          </thead>`
        : nothing
    }
    <tbody class="govuk-table__body">
      ${options.rows.map(
        (row) =>
          html`<tr class="govuk-table__row">
            ${row.map((cell, column) => bodyCell(options, cell, column))}
          </tr>`,
      )}
    </tbody>
  </table>`;
  if (!enhanced) return table;
  return html`${table}
    <div class="govuk-visually-hidden" role="status">${sort.announcement}</div>`;
}
