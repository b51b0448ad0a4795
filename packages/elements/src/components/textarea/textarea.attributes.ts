import { type AttributeMap, labelledFieldAttributes, withGovukOptions } from '../../lib/attributes.js';
import type { TextareaOptions } from './textarea.options.js';

/** The `<civic-textarea>` attributes that render the same field as these options. */
export function textareaAttributes(options: TextareaOptions): AttributeMap {
  return withGovukOptions(
    {
      ...labelledFieldAttributes(options, 'textarea-id'),
      value: options.value,
      rows: options.rows === undefined ? undefined : String(options.rows),
      autocomplete: options.autocomplete,
      'input-spellcheck': options.spellcheck === undefined ? undefined : String(options.spellcheck),
      disabled: options.disabled,
    },
    options,
    textareaGovukOptions,
  );
}

/** The options `<civic-textarea>` (and `<civic-character-count>`) has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const textareaGovukOptions = [
  'label',
  'hint',
  'errorMessage',
  'describedBy',
  'classes',
  'attributes',
  'formGroup',
] as const satisfies readonly (keyof TextareaOptions)[];
