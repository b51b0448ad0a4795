import { choicesFieldAttributes, type AttributeMap } from '../../lib/attributes.js';
import type { CheckboxesOptions } from './checkboxes.options.js';

/** The `<civic-checkboxes>` attributes that render the same checkboxes as these options. */
export function checkboxesAttributes(options: CheckboxesOptions): AttributeMap {
  return {
    ...choicesFieldAttributes(options),
    // No attribute for nothing ticked: the element's default is already the empty list.
    values: options.values && options.values.length > 0 ? options.values : undefined,
    small: options.small,
  };
}
