import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const exitThisPageOptionsSchema = z.object({
  /** Replaces "Exit this page" and the hidden "Emergency" before it. Plain text only: GOV.UK's `html` is not offered. */
  text: z.optional(z.string()),
  /** Where the button goes: a neutral page. Defaults to https://www.bbc.co.uk/weather, as GOV.UK's does. */
  redirectUrl: z.optional(z.string()),
  /** Gives the wrapper an id, for example to link to it from a skip link. */
  id: z.optional(z.string().check(z.regex(/^[A-Za-z][\w:.-]*$/, 'id must start with a letter and contain no spaces'))),
});

/** Options for the GOV.UK exit this page button, named as in the GOV.UK Design System's macro. */
export type ExitThisPageOptions = z.infer<typeof exitThisPageOptionsSchema>;
