import type { AttributeMap } from '../../lib/attributes.js';
import type { FieldsetOptions } from './fieldset.options.js';

/**
 * The `<civic-fieldset>` attributes that render the same fieldset as these options. The content is not an
 * attribute: it is the element's children (the server render function writes `trustedInnerHtml` inside).
 */
export function fieldsetAttributes(options: FieldsetOptions): AttributeMap {
  return {
    legend: options.legend.text,
    'legend-size': options.legend.size,
    'legend-is-page-heading': options.legend.isPageHeading,
    'described-by': options.describedBy,
    'fieldset-role': options.role,
  };
}
