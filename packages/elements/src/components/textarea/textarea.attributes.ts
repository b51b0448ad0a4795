import type { AttributeMap } from '../../lib/attributes.js';
import type { TextareaOptions } from './textarea.options.js';

/** The `<civic-textarea>` attributes that render the same field as these options. */
export function textareaAttributes(options: TextareaOptions): AttributeMap {
  return {
    name: options.name,
    'textarea-id': options.id === options.name ? undefined : options.id,
    label: options.label.text,
    'label-size': options.label.size,
    'label-is-page-heading': options.label.isPageHeading,
    hint: options.hint,
    'error-message': options.errorMessage,
    value: options.value,
    rows: options.rows === undefined ? undefined : String(options.rows),
    autocomplete: options.autocomplete,
    'input-spellcheck': options.spellcheck === undefined ? undefined : String(options.spellcheck),
    disabled: options.disabled,
  };
}
