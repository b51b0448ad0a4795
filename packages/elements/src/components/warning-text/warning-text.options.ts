import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const warningTextOptionsSchema = z.object({
  /** Plain text only: GOV.UK's `html` option is not offered because there is no sanitiser yet. */
  text: z.string().check(z.minLength(1, 'Warning text needs text')),
  /** What screen readers hear in place of the "!" icon. Defaults to "Warning" (Welsh: "Rhybudd"). */
  iconFallbackText: z.optional(z.string()),
});

/** Options for GOV.UK warning text, named as in the GOV.UK Design System's macro. */
export type WarningTextOptions = z.infer<typeof warningTextOptionsSchema>;
