import { type AttributeMap, plainText, withGovukOptions } from '../../lib/attributes.js';
import type { DateInputOptions } from './date-input.options.js';

/** The `<civic-date-input>` attributes that render the same date input as these options. */
export function dateInputAttributes(options: DateInputOptions): AttributeMap {
  const values = options.values && Object.values(options.values).some((value) => value) ? options.values : undefined;
  return withGovukOptions(
    {
      'id-prefix': options.id,
      'name-prefix': options.namePrefix,
      legend: options.fieldset?.legend?.text,
      'legend-size': options.fieldset?.legend?.size,
      'legend-is-page-heading': options.fieldset?.legend?.isPageHeading,
      hint: plainText(options.hint),
      'error-message': plainText(options.errorMessage),
      'error-items': options.errorItems && options.errorItems.length > 0 ? options.errorItems : undefined,
      values,
      'date-of-birth': options.dateOfBirth,
    },
    options,
    dateInputGovukOptions,
  );
}

/** The options `<civic-date-input>` has no attribute for: they travel as JSON in its `govuk-options` attribute. */
export const dateInputGovukOptions = [
  'fieldset',
  'hint',
  'errorMessage',
  'items',
  'day',
  'month',
  'year',
  'classes',
  'attributes',
  'formGroup',
] as const satisfies readonly (keyof DateInputOptions)[];
