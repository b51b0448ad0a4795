import { safeUrl } from '@civicbricks/elements';
import type { CaseListFilter, CaseListOptions } from './case-list.options.js';

/** The list's state as its links and form send it: the filters' values, the sort and the page. */
export interface ListState {
  readonly filters: readonly CaseListFilter[];
  readonly sort?: CaseListOptions['sort'] | undefined;
  readonly page?: number | undefined;
}

export function paramNames(options: CaseListOptions): { sort: string; order: string; page: string } {
  return { sort: options.params?.sort ?? 'sort', order: options.params?.order ?? 'order', page: options.params?.page ?? 'page' };
}

/** Every value a filter holds, as the query string carries it (a search's blank text is no filter). */
export function filterValues(filter: CaseListFilter): string[] {
  if (filter.type === 'checkboxes') return [...(filter.value ?? [])];
  return filter.value?.trim() ? [filter.value] : [];
}

/**
 * The list's address for a state: the same on the server and in the browser (URLSearchParams), so the links
 * a page is served with are the links the element renders. Page 1 is the address without a page.
 */
export function listUrl(options: CaseListOptions, state: ListState): string {
  const base = safeUrl(options.action);
  if (base === '#') return base;
  const names = paramNames(options);
  const query = new URLSearchParams();
  for (const filter of state.filters) for (const value of filterValues(filter)) query.append(filter.name, value);
  if (state.sort) {
    query.append(names.sort, state.sort.column);
    query.append(names.order, state.sort.direction);
  }
  if (state.page !== undefined && state.page > 1) query.append(names.page, String(state.page));
  const text = query.toString();
  if (!text) return base;
  return `${base}${base.includes('?') ? '&' : '?'}${text}`;
}

/** The filters with one value taken away: what a selected filter's "remove" link asks for. */
export function withoutValue(filters: readonly CaseListFilter[], name: string, value: string): CaseListFilter[] {
  return filters.map((filter): CaseListFilter => {
    if (filter.name !== name) return filter;
    if (filter.type === 'checkboxes') return { ...filter, value: (filter.value ?? []).filter((kept) => kept !== value) };
    return { ...filter, value: undefined };
  });
}

/** The filters with nothing selected: what "Clear filters" asks for. */
export function cleared(filters: readonly CaseListFilter[]): CaseListFilter[] {
  return filters.map((filter): CaseListFilter => ({ ...filter, value: undefined }));
}
