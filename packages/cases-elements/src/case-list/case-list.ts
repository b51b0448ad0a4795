import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement, translatorFor } from '@civicbricks/elements';
import { caseListMessages } from './case-list.messages.js';
import type { CaseListColumn, CaseListFilter, CaseListOptions, CaseListRow } from './case-list.options.js';
import { caseListTemplate, type FilterDraft } from './case-list.template.js';

/**
 * @tagname civic-case-list
 * @summary A work queue page: a server-sorted table of cases, a filter panel, the selected filters and pagination, all working with JavaScript off.
 *
 * The service filters, sorts and pages (the work queue's query); the element shows one page and never reorders
 * it. Sortable column headers are links back to `action` sorted by that column on page 1, marked with
 * `aria-sort`; the filter panel is a GET form to `action` that keeps the sort; each selected filter has a link
 * that removes it; pagination is GOV.UK's. `columns`, `rows`, `filters`, `sort` and `params` are JSON.
 */
export class CivicCaseList extends CivicElement {
  protected static override serverMarkupSelector = ':scope > .civic-case-list';

  @property() caption: string | undefined;
  /** The list's own address: links and the filter form go back to it. */
  @property() action: string | undefined;
  @property({ type: Array }) columns: CaseListColumn[] = [];
  @property({ type: Array }) rows: CaseListRow[] = [];
  @property({ type: Object }) sort: CaseListOptions['sort'];
  @property({ type: Number }) page: number | undefined;
  @property({ type: Number, attribute: 'page-size' }) pageSize: number | undefined;
  @property({ type: Number }) total: number | undefined;
  @property({ type: Array }) filters: CaseListFilter[] | undefined;
  @property({ type: Object }) params: CaseListOptions['params'];
  @property({ attribute: 'list-id' }) listId: string | undefined;

  protected override adoptServerState(serverRoot: HTMLElement): void {
    // Ticks and typing in the filter form before the script loaded are kept in the form, not applied: the
    // selected filters and the links still say what the list shows until the person applies them.
    const form = serverRoot.querySelector('form');
    if (!form || !this.filters) return;
    const data = new FormData(form);
    const draft: Record<string, string[]> = {};
    for (const filter of this.filters) draft[filter.name] = data.getAll(filter.name).map(String);
    this.draft = draft;
  }

  private draft: FilterDraft = {};

  protected override render(): TemplateResult | undefined {
    const { caption, action, pageSize, total } = this;
    if (caption === undefined || action === undefined || pageSize === undefined || total === undefined) return undefined;
    const options: CaseListOptions = {
      caption,
      action,
      columns: this.columns,
      rows: this.rows,
      sort: this.sort,
      page: this.page,
      pageSize,
      total,
      filters: this.filters,
      params: this.params,
      id: this.listId,
    };
    return caseListTemplate(options, translatorFor(caseListMessages, this.locale, this.messages), this.draft);
  }
}
