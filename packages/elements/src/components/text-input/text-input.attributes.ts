import { labelledFieldAttributes, type AttributeMap } from '../../lib/attributes.js';
import type { TextInputOptions } from './text-input.options.js';

/** The `<civic-text-input>` attributes that render the same field as these options. */
export function textInputAttributes(options: TextInputOptions): AttributeMap {
  return {
    ...labelledFieldAttributes(options, 'input-id'),
    value: options.value,
    type: options.type,
    inputmode: options.inputmode,
    autocomplete: options.autocomplete,
    'input-spellcheck': options.spellcheck === undefined ? undefined : String(options.spellcheck),
    width: options.width,
    'prefix-text': options.prefix,
    'suffix-text': options.suffix,
    disabled: options.disabled,
  };
}
