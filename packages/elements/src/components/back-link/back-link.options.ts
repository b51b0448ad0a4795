import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const backLinkOptionsSchema = z.object({
  /** The previous page. Relative, http(s), mailto or tel; anything else becomes `#`. Defaults to `#` as in GOV.UK. */
  href: z.optional(z.string()),
  /** Defaults to "Back" (Welsh: "Yn ôl"). Plain text only: GOV.UK's `html` is not offered because there is no sanitiser yet. */
  text: z.optional(z.string()),
});

/** Options for a GOV.UK back link, named as in the GOV.UK Design System's macro. */
export type BackLinkOptions = z.infer<typeof backLinkOptionsSchema>;
