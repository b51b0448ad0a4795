import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
// Text only throughout: GOV.UK's `html` options are not offered because there is no sanitiser yet.
const textSchema = (message: string) => z.object({ text: z.string().check(z.minLength(1, message)) });

export const accordionItemSchema = z.object({
  heading: textSchema('Each accordion section needs a heading'),
  /** A line under the heading saying what the section holds; it becomes part of the section button's name. */
  summary: z.optional(z.object({ text: z.string() })),
  content: textSchema('Each accordion section needs content'),
  /** Opens the section when the page loads (a section the person opened earlier in the session stays open anyway). */
  expanded: z.optional(z.boolean()),
});

export const accordionOptionsSchema = z.object({
  /** Required, as in GOV.UK: it makes the section ids, and the keys under which open sections are remembered. Unique on the page. */
  id: z.string().check(z.regex(/^[A-Za-z][\w:.-]*$/, 'The accordion id must start with a letter and contain no spaces')),
  /** The section headings' level, 2 by default: choose it so the page's outline stays right. */
  headingLevel: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])),
  /** `false` stops the accordion remembering, for the browser session, which sections the person opened. On by default, as in GOV.UK. */
  rememberExpanded: z.optional(z.boolean()),
  items: z.array(accordionItemSchema).check(z.minLength(1, 'An accordion needs at least one section')),
});

export type AccordionItem = z.infer<typeof accordionItemSchema>;
/** Options for a GOV.UK accordion, named as in the GOV.UK Design System's macro (its button wording is set through `messages`). */
export type AccordionOptions = z.infer<typeof accordionOptionsSchema>;
