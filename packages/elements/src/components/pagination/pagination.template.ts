import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '@civicbricks/core/i18n';
import { safeUrl } from '../../lib/safe-url.js';
import type { PaginationItem, PaginationLink, PaginationOptions } from './pagination.options.js';
import type { PaginationMessageKey } from './pagination.messages.js';

const arrowPrevious = html`<svg
  class="govuk-pagination__icon govuk-pagination__icon--prev"
  xmlns="http://www.w3.org/2000/svg"
  height="13"
  width="15"
  aria-hidden="true"
  focusable="false"
  viewBox="0 0 15 13"
>
  <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path>
</svg>`;
const arrowNext = html`<svg
  class="govuk-pagination__icon govuk-pagination__icon--next"
  xmlns="http://www.w3.org/2000/svg"
  height="13"
  width="15"
  aria-hidden="true"
  focusable="false"
  viewBox="0 0 15 13"
>
  <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path>
</svg>`;

/** Block variant: no numbered items, only previous and/or next, stacked with an arrow each. */
export function isBlockPagination(options: PaginationOptions): boolean {
  return (options.items ?? []).length === 0 && (options.previous !== undefined || options.next !== undefined);
}

function arrowLink(link: PaginationLink, type: 'prev' | 'next', block: boolean, t: Translator<PaginationMessageKey>): TemplateResult {
  const visible = t(type === 'prev' ? 'previous' : 'next');
  const full = t(type === 'prev' ? 'previousPage' : 'nextPage');
  // The part of the full name after the visible word is visually hidden, as GOV.UK hides " page".
  const hidden = full.startsWith(visible) ? full.slice(visible.length) : '';
  const title = link.text ? link.text : html`${visible}${hidden ? html`<span class="govuk-visually-hidden">${hidden}</span>` : nothing}`;
  const label = block && link.labelText ? link.labelText : undefined;
  // The arrow sits before "Previous" always, and before "Next" only when stacked, as GOV.UK lays them out.
  const arrow = type === 'prev' ? arrowPrevious : arrowNext;
  return html`<div class="govuk-pagination__${type}">
    <a class="govuk-link govuk-pagination__link" href=${safeUrl(link.href)} rel=${type}>
      ${block || type === 'prev' ? arrow : nothing}
      <span class="govuk-pagination__link-title${block && !link.labelText ? ' govuk-pagination__link-title--decorated' : ''}"
        >${title}</span
      >
      ${label ? html`<span class="govuk-visually-hidden">:</span> <span class="govuk-pagination__link-label">${label}</span>` : nothing}
      ${!block && type === 'next' ? arrow : nothing}
    </a>
  </div>`;
}

function pageItem(item: PaginationItem, t: Translator<PaginationMessageKey>): TemplateResult {
  const classes = `govuk-pagination__item${item.current ? ' govuk-pagination__item--current' : ''}${item.ellipsis ? ' govuk-pagination__item--ellipsis' : ''}`;
  if (item.ellipsis) return html`<li class=${classes}>⋯</li>`;
  const number = String(item.number ?? '');
  return html`<li class=${classes}>
    <a
      class="govuk-link govuk-pagination__link"
      href=${safeUrl(item.href)}
      aria-label=${item.visuallyHiddenText || t('pageNumber', { number })}
      aria-current=${item.current ? 'page' : nothing}
      >${number}</a
    >
  </li>`;
}

/** GOV.UK pagination: a labelled navigation landmark with previous and next links and, between them, numbered pages. */
export function paginationTemplate(options: PaginationOptions, t: Translator<PaginationMessageKey>): TemplateResult {
  const block = isBlockPagination(options);
  const items = options.items ?? [];
  return html`<nav
    class="govuk-pagination${block ? ' govuk-pagination--block' : ''}"
    aria-label=${options.landmarkLabel || t('landmarkLabel')}
  >
    ${options.previous ? arrowLink(options.previous, 'prev', block, t) : nothing}
    ${
      items.length > 0
        ? html`<ul class="govuk-pagination__list">
            ${items.map((item) => pageItem(item, t))}
          </ul>`
        : nothing
    }
    ${options.next ? arrowLink(options.next, 'next', block, t) : nothing}
  </nav>`;
}
