import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import {
  checkboxesTemplate,
  choicesMessages,
  paginationItems,
  paginationMessages,
  paginationTemplate,
  safeUrl,
  selectTemplate,
  tagTemplate,
  translatorFor,
} from '@civicbricks/elements';
import type { CaseListMessageKey } from './case-list.messages.js';
import type { CaseListCell, CaseListColumn, CaseListFilter, CaseListOptions } from './case-list.options.js';
import { cleared, filterValues, listUrl, paramNames, withoutValue } from './case-list.urls.js';

type T = Translator<CaseListMessageKey>;

function cellContent(cell: CaseListCell | undefined): unknown {
  if (cell === undefined) return '';
  return typeof cell === 'string' ? cell : tagTemplate({ text: cell.tag, colour: cell.colour });
}

/**
 * A sortable header is a link back to the list sorted by that column, on page 1 (GOV.UK's guidance for
 * server-sorted tables): the sorted column says how with `aria-sort`, and each link's name says what it will do.
 */
function headerCell(column: CaseListColumn, options: CaseListOptions, filters: readonly CaseListFilter[], t: T): TemplateResult {
  const classes = `govuk-table__header${column.numeric ? ' govuk-table__header--numeric' : ''}`;
  if (!column.sortable) return html`<th scope="col" class=${classes}>${column.text}</th>`;
  const current = options.sort?.column === column.key ? options.sort.direction : undefined;
  const next = current === 'ascending' ? 'descending' : 'ascending';
  const href = listUrl(options, { filters, sort: { column: column.key, direction: next } });
  return html`<th scope="col" class=${classes} aria-sort=${current ?? 'none'}>
    <a class="govuk-link govuk-link--no-visited-state civic-case-list__sort" href=${href}
      >${column.text} <span class="govuk-visually-hidden">${t(next === 'ascending' ? 'sortAscending' : 'sortDescending')}</span></a
    >
  </th>`;
}

function table(options: CaseListOptions, filters: readonly CaseListFilter[], t: T): TemplateResult {
  const [first, ...rest] = options.columns;
  return html`<table class="govuk-table civic-case-list__table">
    <caption class="govuk-table__caption govuk-table__caption--m">
      ${options.caption}
    </caption>
    <thead class="govuk-table__head">
      <tr class="govuk-table__row">
        ${options.columns.map((column) => headerCell(column, options, filters, t))}
      </tr>
    </thead>
    <tbody class="govuk-table__body">
      ${options.rows.map(
        (row) =>
          html`<tr class="govuk-table__row">
            ${
              first
                ? html`<th scope="row" class="govuk-table__header">
                    ${
                      row.href
                        ? html`<a class="govuk-link" href=${safeUrl(row.href)}>${cellContent(row.cells[first.key])}</a>`
                        : cellContent(row.cells[first.key])
                    }
                  </th>`
                : nothing
            }
            ${rest.map(
              (column) =>
                html`<td class="govuk-table__cell${column.numeric ? ' govuk-table__cell--numeric' : ''}">
                  ${cellContent(row.cells[column.key])}
                </td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** What a selected value reads as: its option's text, or the typed search. */
function valueText(filter: CaseListFilter, value: string): string {
  return filter.type === 'search' ? value : (filter.items.find((item) => item.value === value)?.text ?? value);
}

function selectedFilters(options: CaseListOptions, filters: readonly CaseListFilter[], t: T): TemplateResult | typeof nothing {
  const chosen = filters.filter((filter) => filterValues(filter).length > 0);
  if (chosen.length === 0) return nothing;
  return html`<div class="moj-filter__selected">
    <div class="moj-filter__selected-heading">
      <div class="moj-filter__heading-title"><h2 class="govuk-heading-m">${t('selectedHeading')}</h2></div>
      <div class="moj-filter__heading-action">
        <p>
          <a class="govuk-link govuk-link--no-visited-state" href=${listUrl(options, { filters: cleared(filters), sort: options.sort })}
            >${t('clear')}</a
          >
        </p>
      </div>
    </div>
    ${chosen.map(
      (filter) =>
        html`<h3 class="govuk-heading-s govuk-!-margin-bottom-0">${filter.legend}</h3>
          <ul class="moj-filter-tags">
            ${filterValues(filter).map(
              (value) =>
                html`<li>
                  <a
                    class="moj-filter__tag"
                    href=${listUrl(options, { filters: withoutValue(filters, filter.name, value), sort: options.sort })}
                    ><span class="govuk-visually-hidden">${t('removeFilter')}</span> ${valueText(filter, value)}</a
                  >
                </li>`,
            )}
          </ul>`,
    )}
  </div>`;
}

/** What the form's fields hold where it differs from the applied filters: entered before the script loaded. */
export type FilterDraft = Readonly<Record<string, readonly string[]>>;

function filterField(applied: CaseListFilter, id: string, t: T, draft: FilterDraft): TemplateResult {
  const entered = draft[applied.name];
  const filter: CaseListFilter =
    entered === undefined
      ? applied
      : applied.type === 'checkboxes'
        ? { ...applied, value: [...entered] }
        : { ...applied, value: entered[0] };
  const fieldId = `${id}-${filter.name}`;
  switch (filter.type) {
    case 'checkboxes':
      return checkboxesTemplate(
        {
          idPrefix: fieldId,
          name: filter.name,
          fieldset: { legend: { text: filter.legend, size: 's' } },
          items: filter.items,
          values: filter.value,
          small: true,
        },
        translatorFor(choicesMessages, t.locale),
      );
    case 'select':
      return selectTemplate(
        {
          id: fieldId,
          name: filter.name,
          label: { text: filter.legend, size: 's' },
          items: [{ value: '', text: t('any') }, ...filter.items],
          value: filter.value,
        },
        t,
      );
    case 'search':
      // The typed text is an attribute, not a property, so the server's page shows it with JavaScript off too.
      return html`<div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for=${fieldId}>${filter.legend}</label>
        ${filter.hint ? html`<div id="${fieldId}-hint" class="govuk-hint">${filter.hint}</div>` : nothing}
        <input
          class="govuk-input"
          id=${fieldId}
          name=${filter.name}
          type="search"
          spellcheck="false"
          value=${filter.value ?? ''}
          aria-describedby=${filter.hint ? `${fieldId}-hint` : nothing}
        />
      </div>`;
  }
}

/**
 * MOJ's filter as a plain GET form back to the list: it works with JavaScript off, and applying filters keeps
 * the sort (hidden fields) and returns to page 1 (no page field). Named by its heading, so it is a form landmark.
 */
function filterPanel(options: CaseListOptions, filters: readonly CaseListFilter[], id: string, t: T, draft: FilterDraft): TemplateResult {
  const names = paramNames(options);
  return html`<form method="get" action=${safeUrl(options.action)} novalidate aria-labelledby="${id}-filter-heading">
    <div class="moj-filter">
      <div class="moj-filter__header">
        <div class="moj-filter__header-title"><h2 class="govuk-heading-m" id="${id}-filter-heading">${t('filterHeading')}</h2></div>
        <div class="moj-filter__header-action"></div>
      </div>
      <div class="moj-filter__content">
        ${selectedFilters(options, filters, t)}
        <div class="moj-filter__options">
          <button type="submit" class="govuk-button" data-module="govuk-button">${t('apply')}</button>
          ${filters.map((filter) => filterField(filter, id, t, draft))}
          ${
            options.sort
              ? html`<input type="hidden" name=${names.sort} value=${options.sort.column} />
                  <input type="hidden" name=${names.order} value=${options.sort.direction} />`
              : nothing
          }
        </div>
      </div>
    </div>
  </form>`;
}

function results(options: CaseListOptions, filters: readonly CaseListFilter[], t: T): TemplateResult {
  const page = options.page ?? 1;
  const pages = Math.max(1, Math.ceil(options.total / options.pageSize));
  const anyFilter = filters.some((filter) => filterValues(filter).length > 0);
  const href = (target: number): string => listUrl(options, { filters, sort: options.sort, page: target });
  const from = (page - 1) * options.pageSize + 1;
  const summary =
    options.total === 0 || options.rows.length === 0
      ? html`<p class="govuk-body civic-case-list__count">${t(anyFilter ? 'noneMatch' : 'noCases')}</p>`
      : html`<p class="govuk-body civic-case-list__count">
          ${t('showing', { from, to: from + options.rows.length - 1, count: options.total })}
        </p>`;
  return html`${summary} ${options.rows.length > 0 ? table(options, filters, t) : nothing}
  ${
    pages > 1
      ? paginationTemplate(
          {
            items: paginationItems(page, pages, href),
            previous: page > 1 ? { href: href(page - 1) } : undefined,
            next: page < pages ? { href: href(page + 1) } : undefined,
            landmarkLabel: t('pagination'),
          },
          translatorFor(paginationMessages, t.locale),
        )
      : nothing
  }`;
}

/**
 * A work queue page as the server renders it and the element shows it: MOJ's filter layout with the filter
 * panel beside the results, the count in words, a GOV.UK table sorted by header links, and GOV.UK pagination.
 * Every link and the form go back to `action` (through `safeUrl`) with the whole state in the query string, so
 * each works with JavaScript off and each page has its own address. `draft` keeps what the person entered in the
 * form before the script loaded, while the selected filters and every link still follow the applied filters.
 */
export function caseListTemplate(options: CaseListOptions, t: T, draft: FilterDraft = {}): TemplateResult {
  const filters = options.filters ?? [];
  const id = options.id ?? 'case-list';
  if (filters.length === 0) return html`<div class="civic-case-list">${results(options, filters, t)}</div>`;
  return html`<div class="civic-case-list moj-filter-layout">
    <div class="moj-filter-layout__filter">${filterPanel(options, filters, id, t, draft)}</div>
    <div class="moj-filter-layout__content">${results(options, filters, t)}</div>
  </div>`;
}
