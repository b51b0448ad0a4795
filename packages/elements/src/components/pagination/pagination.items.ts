import type { PaginationItem } from './pagination.options.js';

/**
 * Numbered items as GOV.UK recommends for many pages: the first and last pages, the current page and
 * its neighbours, and an ellipsis for each gap, so a long list never wraps awkwardly on a phone.
 * `href` builds each page's link, such as `(page) => `?page=${page}``.
 */
export function paginationItems(current: number, total: number, href: (page: number) => string): PaginationItem[] {
  const shown = new Set([1, total, current - 1, current, current + 1].filter((page) => page >= 1 && page <= total));
  const pages = [...shown].sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  for (const [index, page] of pages.entries()) {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous > 1) items.push({ ellipsis: true });
    items.push(page === current ? { number: page, href: href(page), current: true } : { number: page, href: href(page) });
  }
  return items;
}
