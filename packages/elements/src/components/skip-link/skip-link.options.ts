import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const skipLinkOptionsSchema = z.object({
  /** `#` and the id of the main content; defaults to `#content` as in GOV.UK's page template. */
  href: z.optional(z.string()),
  /** Defaults to "Skip to main content" (Welsh: "Neidio i’r prif gynnwys"). Plain text only: GOV.UK's `html` is not offered. */
  text: z.optional(z.string()),
});

/** Options for a GOV.UK skip link, named as in the GOV.UK Design System's macro. */
export type SkipLinkOptions = z.infer<typeof skipLinkOptionsSchema>;
