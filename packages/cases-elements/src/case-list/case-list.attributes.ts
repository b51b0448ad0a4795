import type { AttributeMap } from '@civicbricks/elements';
import type { CaseListOptions } from './case-list.options.js';

/** The `<civic-case-list>` attributes that render the same list as these options. */
export function caseListAttributes(options: CaseListOptions): AttributeMap {
  return {
    caption: options.caption,
    action: options.action,
    columns: options.columns,
    rows: options.rows,
    sort: options.sort,
    page: options.page === undefined ? undefined : String(options.page),
    'page-size': String(options.pageSize),
    total: String(options.total),
    filters: options.filters && options.filters.length > 0 ? options.filters : undefined,
    params: options.params,
    'list-id': options.id,
  };
}
