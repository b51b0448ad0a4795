import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
const idPattern = z.regex(/^[A-Za-z][\w:.-]*$/, 'ids must start with a letter and contain no spaces');

export const radioDividerSchema = z.object({
  /** `true` for the translated "or" ("neu" in Welsh), or your own word. */
  divider: z.union([z.literal(true), z.string().check(z.minLength(1))]),
});

export const radioItemSchema = z.object({
  value: z.string(),
  text: z.string().check(z.minLength(1)),
  hint: z.optional(z.string()),
  /** Overrides the generated id (`idPrefix`, then `idPrefix-2`, `-3`…). */
  id: z.optional(z.string().check(idPattern)),
  /** Plain text shown when this option is chosen. Text only: there is no HTML sanitiser yet, so markup would show as typed. */
  conditional: z.optional(z.object({ text: z.string().check(z.minLength(1)) })),
  disabled: z.optional(z.boolean()),
});

export const radiosOptionsSchema = z.object({
  /** Id of the first radio (the error summary links to it) and prefix of the others' ids. Defaults to `name`. */
  idPrefix: z.optional(z.string().check(idPattern)),
  name: z.string().check(z.minLength(1)),
  fieldset: z.object({
    legend: z.object({
      text: z.string().check(z.minLength(1)),
      size: z.optional(z.enum(['s', 'm', 'l', 'xl'])),
      isPageHeading: z.optional(z.boolean()),
    }),
  }),
  items: z.array(z.union([radioDividerSchema, radioItemSchema])).check(z.minLength(1)),
  /** The chosen option's value. */
  value: z.optional(z.string()),
  hint: z.optional(z.string()),
  errorMessage: z.optional(z.string()),
  /** Side by side; only for two short options, as GOV.UK advises. */
  inline: z.optional(z.boolean()),
  small: z.optional(z.boolean()),
});

export type RadioDivider = z.infer<typeof radioDividerSchema>;
export type RadioItem = z.infer<typeof radioItemSchema>;
/** Options for GOV.UK radios, named as in the GOV.UK Design System's macro (`classes` becomes `inline` and `small`). */
export type RadiosOptions = z.infer<typeof radiosOptionsSchema>;
