import type { AttributeMap } from '../../lib/attributes.js';
import type { CheckboxesOptions } from './checkboxes.options.js';

/** The `<civic-checkboxes>` attributes that render the same checkboxes as these options. */
export function checkboxesAttributes(options: CheckboxesOptions): AttributeMap {
  return {
    name: options.name,
    'id-prefix': options.idPrefix,
    legend: options.fieldset.legend.text,
    'legend-size': options.fieldset.legend.size,
    'legend-is-page-heading': options.fieldset.legend.isPageHeading,
    hint: options.hint,
    'error-message': options.errorMessage,
    items: options.items,
    // No attribute for nothing ticked: the element's default is already the empty list.
    values: options.values && options.values.length > 0 ? options.values : undefined,
    small: options.small,
  };
}
