import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
/** Fixed widths in characters and fluid widths, as the GOV.UK text input offers them. */
export const textInputWidths = [
  '30',
  '20',
  '10',
  '5',
  '4',
  '3',
  '2',
  'full',
  'three-quarters',
  'two-thirds',
  'one-half',
  'one-third',
  'one-quarter',
] as const;
export type TextInputWidth = (typeof textInputWidths)[number];

export const textInputOptionsSchema = z.object({
  /** The input's id: the error summary links to it. */
  id: z.string().check(z.minLength(1), z.regex(/^[A-Za-z][\w:.-]*$/, 'id must start with a letter and contain no spaces')),
  name: z.string().check(z.minLength(1)),
  label: z.object({
    text: z.string().check(z.minLength(1)),
    size: z.optional(z.enum(['s', 'm', 'l', 'xl'])),
    isPageHeading: z.optional(z.boolean()),
  }),
  type: z.optional(z.enum(['text', 'email', 'tel', 'url', 'number', 'password', 'search'])),
  value: z.optional(z.string()),
  hint: z.optional(z.string()),
  errorMessage: z.optional(z.string()),
  inputmode: z.optional(z.enum(['text', 'numeric', 'decimal', 'tel', 'email', 'url', 'search', 'none'])),
  autocomplete: z.optional(z.string()),
  spellcheck: z.optional(z.boolean()),
  width: z.optional(z.enum(textInputWidths)),
  prefix: z.optional(z.string()),
  suffix: z.optional(z.string()),
  disabled: z.optional(z.boolean()),
});

/** Options for one GOV.UK text input, named as in the GOV.UK Design System's macro. */
export type TextInputOptions = z.infer<typeof textInputOptionsSchema>;
