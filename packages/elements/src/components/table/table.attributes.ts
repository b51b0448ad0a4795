import type { AttributeMap } from '../../lib/attributes.js';
import type { TableOptions } from './table.options.js';

/** The `<civic-table>` attributes that render the same table as these options. */
export function tableAttributes(options: TableOptions): AttributeMap {
  return {
    caption: options.caption,
    'caption-size': options.captionSize,
    head: options.head,
    rows: options.rows,
    'first-cell-is-header': options.firstCellIsHeader,
    sortable: options.sortable,
    'sort-mode': options.sortMode,
    'sort-column': options.sortColumn === undefined ? undefined : String(options.sortColumn),
    'sort-direction': options.sortDirection,
  };
}
