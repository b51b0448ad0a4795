import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const panelOptionsSchema = z.object({
  /** Plain text only: GOV.UK's `titleHtml` is not offered because there is no sanitiser yet. */
  titleText: z.string().check(z.minLength(1, 'A panel needs a title, such as "Application complete"')),
  /** Plain text only (GOV.UK's `html` is not offered): often a reference number. */
  text: z.optional(z.string()),
  /** Heading level of the title; 1 (the default) because the panel is usually the page's heading. */
  headingLevel: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)])),
});

/** Options for a GOV.UK confirmation panel, named as in the GOV.UK Design System's macro. */
export type PanelOptions = z.infer<typeof panelOptionsSchema>;
