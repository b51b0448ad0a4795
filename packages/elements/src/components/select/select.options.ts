import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const selectItemSchema = z.object({
  value: z.string(),
  text: z.string().check(z.minLength(1)),
  /** Shown but not choosable, such as an option that is not available yet. */
  disabled: z.optional(z.boolean()),
});

export const selectOptionsSchema = z.object({
  /** The select's id: the error summary links to it. Defaults to `name`. */
  id: z.optional(z.string().check(z.regex(/^[A-Za-z][\w:.-]*$/, 'id must start with a letter and contain no spaces'))),
  name: z.string().check(z.minLength(1)),
  label: z.object({
    text: z.string().check(z.minLength(1)),
    size: z.optional(z.enum(['s', 'm', 'l', 'xl'])),
    isPageHeading: z.optional(z.boolean()),
  }),
  items: z.array(selectItemSchema).check(z.minLength(1)),
  /** The chosen option's value; without one (or with one no option has) the browser shows the first option. */
  value: z.optional(z.string()),
  hint: z.optional(z.string()),
  errorMessage: z.optional(z.string()),
  disabled: z.optional(z.boolean()),
});

export type SelectItem = z.infer<typeof selectItemSchema>;
/**
 * Options for a GOV.UK select, named as in the GOV.UK Design System's macro. The choice is the one `value`, rather than
 * a `selected` flag per item, so the element and the server cannot disagree about which option is chosen.
 */
export type SelectOptions = z.infer<typeof selectOptionsSchema>;
