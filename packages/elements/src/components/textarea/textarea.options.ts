import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const textareaOptionsSchema = z.object({
  /** The textarea's id: the error summary links to it. */
  id: z.string().check(z.minLength(1), z.regex(/^[A-Za-z][\w:.-]*$/, 'id must start with a letter and contain no spaces')),
  name: z.string().check(z.minLength(1)),
  label: z.object({
    text: z.string().check(z.minLength(1)),
    size: z.optional(z.enum(['s', 'm', 'l', 'xl'])),
    isPageHeading: z.optional(z.boolean()),
  }),
  /** Visible height in lines; GOV.UK's default is 5. */
  rows: z.optional(z.int().check(z.positive())),
  value: z.optional(z.string()),
  hint: z.optional(z.string()),
  errorMessage: z.optional(z.string()),
  autocomplete: z.optional(z.string()),
  spellcheck: z.optional(z.boolean()),
  disabled: z.optional(z.boolean()),
});

/** Options for one GOV.UK textarea, named as in the GOV.UK Design System's macro. */
export type TextareaOptions = z.infer<typeof textareaOptionsSchema>;
