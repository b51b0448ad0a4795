import { type AttributeMap, labelledFieldAttributes, plainText, withGovukOptions } from '../../lib/attributes.js';
import type { TextInputOptions } from './text-input.options.js';

/** The `<civic-text-input>` attributes that render the same field as these options. */
export function textInputAttributes(options: TextInputOptions): AttributeMap {
  return withGovukOptions(
    {
      ...labelledFieldAttributes(options, 'input-id'),
      value: options.value,
      type: options.type,
      inputmode: options.inputmode,
      autocomplete: options.autocomplete,
      'input-spellcheck': options.spellcheck === undefined ? undefined : String(options.spellcheck),
      width: options.width,
      'prefix-text': plainText(options.prefix),
      'suffix-text': plainText(options.suffix),
      disabled: options.disabled,
    },
    options,
    textInputGovukOptions,
  );
}

/** The options `<civic-text-input>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const textInputGovukOptions = [
  'label',
  'hint',
  'errorMessage',
  'prefix',
  'suffix',
  'describedBy',
  'autocapitalize',
  'pattern',
  'classes',
  'attributes',
  'formGroup',
  'inputWrapper',
] as const satisfies readonly (keyof TextInputOptions)[];
