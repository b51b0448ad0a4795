import { type AttributeMap, choicesFieldAttributes, withGovukOptions } from '../../lib/attributes.js';
import type { CheckboxesOptions } from './checkboxes.options.js';

/** The `<civic-checkboxes>` attributes that render the same checkboxes as these options. */
export function checkboxesAttributes(options: CheckboxesOptions): AttributeMap {
  return withGovukOptions(
    {
      ...choicesFieldAttributes(options),
      // No attribute for nothing ticked: the element's default is already the empty list.
      values: options.values && options.values.length > 0 ? options.values : undefined,
      small: options.small,
    },
    options,
    checkboxesGovukOptions,
  );
}

/** The options `<civic-checkboxes>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const checkboxesGovukOptions = [
  'fieldset',
  'hint',
  'errorMessage',
  'describedBy',
  'classes',
  'attributes',
  'formGroup',
] as const satisfies readonly (keyof CheckboxesOptions)[];
