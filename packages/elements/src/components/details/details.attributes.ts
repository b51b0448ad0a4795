import type { AttributeMap } from '../../lib/attributes.js';
import type { DetailsOptions } from './details.options.js';

/** The `<civic-details>` attributes that render the same details as these options. */
export function detailsAttributes(options: DetailsOptions): AttributeMap {
  return { 'summary-text': options.summaryText, text: options.text, open: options.open, 'details-id': options.id };
}
