import { labelledFieldAttributes, type AttributeMap } from '../../lib/attributes.js';
import type { SelectOptions } from './select.options.js';

/** The `<civic-select>` attributes that render the same select as these options. */
export function selectAttributes(options: SelectOptions): AttributeMap {
  return {
    ...labelledFieldAttributes(options, 'select-id'),
    items: options.items,
    value: options.value,
    disabled: options.disabled,
  };
}
