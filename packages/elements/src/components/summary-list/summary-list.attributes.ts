import type { AttributeMap } from '../../lib/attributes.js';
import type { SummaryListOptions } from './summary-list.options.js';

/** The `<civic-summary-list>` attributes that render the same list as these options. */
export function summaryListAttributes(options: SummaryListOptions): AttributeMap {
  return { rows: options.rows, 'no-border': options.noBorder, card: options.card };
}
