import { type AttributeMap, choicesFieldAttributes, withGovukOptions } from '../../lib/attributes.js';
import type { RadiosOptions } from './radios.options.js';

/** The `<civic-radios>` attributes that render the same radios as these options. */
export function radiosAttributes(options: RadiosOptions): AttributeMap {
  return withGovukOptions(
    {
      ...choicesFieldAttributes(options),
      value: options.value,
      inline: options.inline,
      small: options.small,
    },
    options,
    radiosGovukOptions,
  );
}

/** The options `<civic-radios>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const radiosGovukOptions = [
  'fieldset',
  'hint',
  'errorMessage',
  'classes',
  'attributes',
  'formGroup',
] as const satisfies readonly (keyof RadiosOptions)[];
