import type { AttributeMap } from '../../lib/attributes.js';
import type { PaginationOptions } from './pagination.options.js';

/** The `<civic-pagination>` attributes that render the same pagination as these options. */
export function paginationAttributes(options: PaginationOptions): AttributeMap {
  return { items: options.items, previous: options.previous, next: options.next, 'landmark-label': options.landmarkLabel };
}
