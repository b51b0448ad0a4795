import * as z from 'zod/mini';
import {
  attributes,
  classes,
  errorMessageOption,
  fieldsetOption,
  formGroupOption,
  govukObject,
  hintOption,
  idString,
  slotContent,
  stringOrNumber,
} from '../../lib/govuk-options.js';
import { emptyItem } from '../field/choices.options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
import { dateParts } from './date-input.parts.js';

export { dateParts, type DatePart } from './date-input.parts.js';

const component = 'date input';

/** What the person typed, by part (`day`, `month`, `year`) or, as GOV.UK also reads them, by the inputs' full names (`dob-day`). */
export const dateValuesSchema = z.record(z.string(), z.optional(stringOrNumber));

/** One of the inputs, as GOV.UK's `items[]` (or `day`, `month`, `year`) describe it. */
export const dateInputItemSchema = govukObject(`${component} item`, {
  id: z.optional(idString),
  name: z.optional(z.string().check(z.minLength(1))),
  label: z.optional(z.string()),
  value: z.optional(stringOrNumber),
  /** Marks this input in error (GOV.UK's other way is `govuk-input--error` in its classes). */
  error: z.optional(z.boolean()),
  autocomplete: z.optional(z.string()),
  pattern: z.optional(z.string()),
  inputmode: z.optional(z.string()),
  classes,
  attributes,
});

/** Options for a GOV.UK date input, named as in the GOV.UK Design System's macro. */
export type DateInputOptions = Omit<z.infer<typeof dateInputInputSchema>, 'items'> & {
  readonly items?: readonly DateInputItem[] | undefined;
};

/** GOV.UK's date input macro options (https://design-system.service.gov.uk/components/date-input/), plus `errorItems` and `dateOfBirth`. */
const dateInputInputSchema = govukObject(component, {
  /** Id of the group and prefix of the inputs' ids (`<id>-day`, `<id>-month`, `<id>-year`). */
  id: idString,
  /** Prefix of the inputs' names (`<namePrefix>-day`…); without one they are plain `day`, `month`, `year`. */
  namePrefix: z.optional(z.string().check(z.minLength(1))),
  /** GOV.UK makes it optional, though a date nearly always needs its question as a legend. */
  fieldset: z.optional(fieldsetOption(component)),
  /** What the person typed in each part, kept as text so "03" and "3" survive as typed. */
  values: z.optional(dateValuesSchema),
  /** The inputs, where they are not the usual day, month and year (GOV.UK's `items`). */
  items: z.optional(z.array(z.union([dateInputItemSchema, emptyItem]))),
  /** GOV.UK's way to change one of the usual inputs; `false` leaves it out (a day and month, say). */
  day: z.optional(z.union([dateInputItemSchema, z.literal(false)])),
  month: z.optional(z.union([dateInputItemSchema, z.literal(false)])),
  year: z.optional(z.union([dateInputItemSchema, z.literal(false)])),
  hint: hintOption(component),
  errorMessage: errorMessageOption(component),
  /** The parts the error is about; only these get the error border. Without it an error message marks all three. */
  errorItems: z.optional(z.array(z.enum(dateParts))),
  /** Asks the browser to fill in the person's own date of birth (`autocomplete="bday-day"`…). */
  dateOfBirth: z.optional(z.boolean()),
  classes,
  attributes,
  formGroup: formGroupOption(component, {
    beforeInputs: slotContent(component, 'formGroup.beforeInputs'),
    afterInputs: slotContent(component, 'formGroup.afterInputs'),
  }),
});

export const dateInputOptionsSchema = z.pipe(
  dateInputInputSchema,
  z.transform((input): DateInputOptions => ({
    ...input,
    items: input.items?.filter((item): item is DateInputItem => typeof item === 'object' && item !== null),
  })),
);

export type DateValues = Readonly<Record<string, string | undefined>>;
export type DateInputItem = z.infer<typeof dateInputItemSchema>;
