import { labelledFieldAttributes, type AttributeMap } from '../../lib/attributes.js';
import type { TextareaOptions } from './textarea.options.js';

/** The `<civic-textarea>` attributes that render the same field as these options. */
export function textareaAttributes(options: TextareaOptions): AttributeMap {
  return {
    ...labelledFieldAttributes(options, 'textarea-id'),
    value: options.value,
    rows: options.rows === undefined ? undefined : String(options.rows),
    autocomplete: options.autocomplete,
    'input-spellcheck': options.spellcheck === undefined ? undefined : String(options.spellcheck),
    disabled: options.disabled,
  };
}
