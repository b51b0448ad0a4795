import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
import { dateParts } from './date-input.parts.js';

export { dateParts, type DatePart } from './date-input.parts.js';

export const dateValuesSchema = z.object({
  day: z.optional(z.string()),
  month: z.optional(z.string()),
  year: z.optional(z.string()),
});

export const dateInputOptionsSchema = z.object({
  /** Id of the group and prefix of the inputs' ids (`<id>-day`, `<id>-month`, `<id>-year`). */
  id: z.string().check(z.minLength(1), z.regex(/^[A-Za-z][\w:.-]*$/, 'id must start with a letter and contain no spaces')),
  /** Prefix of the inputs' names (`<namePrefix>-day`…); without one they are plain `day`, `month`, `year`. */
  namePrefix: z.optional(z.string().check(z.minLength(1))),
  fieldset: z.object({
    legend: z.object({
      text: z.string().check(z.minLength(1)),
      size: z.optional(z.enum(['s', 'm', 'l', 'xl'])),
      isPageHeading: z.optional(z.boolean()),
    }),
  }),
  /** What the person typed in each part, kept as text so "03" and "3" survive as typed. */
  values: z.optional(dateValuesSchema),
  hint: z.optional(z.string()),
  errorMessage: z.optional(z.string()),
  /** The parts the error is about; only these get the error border. Without it an error message marks all three. */
  errorItems: z.optional(z.array(z.enum(dateParts))),
  /** Asks the browser to fill in the person's own date of birth (`autocomplete="bday-day"`…). */
  dateOfBirth: z.optional(z.boolean()),
});

export type DateValues = z.infer<typeof dateValuesSchema>;
/** Options for a GOV.UK date input, named as in the GOV.UK Design System's macro (`items[].classes` errors become `errorItems`). */
export type DateInputOptions = z.infer<typeof dateInputOptionsSchema>;
