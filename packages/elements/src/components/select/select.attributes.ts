import { type AttributeMap, labelledFieldAttributes, withGovukOptions } from '../../lib/attributes.js';
import type { SelectOptions } from './select.options.js';

/** The `<civic-select>` attributes that render the same select as these options. */
export function selectAttributes(options: SelectOptions): AttributeMap {
  return withGovukOptions(
    {
      ...labelledFieldAttributes(options, 'select-id'),
      items: options.items,
      value: options.value,
      disabled: options.disabled,
    },
    options,
    selectGovukOptions,
  );
}

/** The options `<civic-select>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const selectGovukOptions = [
  'label',
  'hint',
  'errorMessage',
  'describedBy',
  'classes',
  'attributes',
  'formGroup',
] as const satisfies readonly (keyof SelectOptions)[];
