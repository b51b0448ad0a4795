import type { AttributeMap } from '../../lib/attributes.js';
import type { SelectOptions } from './select.options.js';

/** The `<civic-select>` attributes that render the same select as these options. */
export function selectAttributes(options: SelectOptions): AttributeMap {
  return {
    name: options.name,
    'select-id': options.id === options.name ? undefined : options.id,
    label: options.label.text,
    'label-size': options.label.size,
    'label-is-page-heading': options.label.isPageHeading,
    hint: options.hint,
    'error-message': options.errorMessage,
    items: options.items,
    value: options.value,
    disabled: options.disabled,
  };
}
