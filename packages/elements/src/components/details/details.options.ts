import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const detailsOptionsSchema = z.object({
  /** The clickable summary. Plain text only: GOV.UK's `summaryHtml` is not offered because there is no sanitiser yet. */
  summaryText: z.string().check(z.minLength(1, 'Details need summary text, such as "Help with nationality"')),
  /** What opens up. Plain text only: GOV.UK's `html` is not offered because there is no sanitiser yet. */
  text: z.string().check(z.minLength(1, 'Details need text to reveal')),
  open: z.optional(z.boolean()),
  id: z.optional(z.string()),
});

/** Options for GOV.UK details, named as in the GOV.UK Design System's macro. */
export type DetailsOptions = z.infer<typeof detailsOptionsSchema>;
