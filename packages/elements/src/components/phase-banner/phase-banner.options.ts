import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const phaseBannerOptionsSchema = z.object({
  /** The phase, such as "Alpha" or "Beta" (Welsh "Alffa", "Beta"). Plain text only: the tag's `html` is not offered. */
  tag: z.object({ text: z.string().check(z.minLength(1, 'A phase banner needs the phase in its tag, such as "Beta"')) }),
  /**
   * What the phase means for the person. Plain text only: GOV.UK's `html` (used there for a feedback link)
   * is not offered because there is no sanitiser yet.
   */
  text: z.string().check(z.minLength(1, 'A phase banner needs text')),
});

/** Options for a GOV.UK phase banner, named as in the GOV.UK Design System's macro. */
export type PhaseBannerOptions = z.infer<typeof phaseBannerOptionsSchema>;
