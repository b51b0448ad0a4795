import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
const idList = /^[A-Za-z][\w:.-]*( [A-Za-z][\w:.-]*)*$/;

export const fieldsetOptionsSchema = z.object({
  legend: z.object({
    /** The question the group answers, such as "What is your address?". Plain text: GOV.UK's legend `html` is not offered. */
    text: z.string().check(z.minLength(1, 'A fieldset needs legend text: it is the name screen readers give the group')),
    size: z.optional(z.enum(['s', 'm', 'l', 'xl'])),
    /** Puts the legend's text in an `h1`, for a page that asks only this question. */
    isPageHeading: z.optional(z.boolean()),
  }),
  /** Ids (space-separated) of elements that describe the whole group, such as a hint; they become the fieldset's `aria-describedby`. */
  describedBy: z.optional(z.string().check(z.regex(idList, 'describedBy must be ids separated by single spaces'))),
  /** `group` for a fieldset of text inputs, as GOV.UK's date input does: JAWS does not announce a plain fieldset's description there. */
  role: z.optional(z.enum(['group'])),
  /**
   * The group's content, as HTML written into the fieldset after the legend **exactly as given, without
   * escaping or sanitising**. The caller vouches that it is safe: build it only from the other render
   * functions (`renderTextInput(…) + renderTextInput(…)`) or from markup you wrote yourself, never from
   * anything a person typed or that came from another system. This is GOV.UK's `html` option (the
   * macro's `caller` block), renamed so nobody passes untrusted text by mistake.
   */
  trustedInnerHtml: z.optional(z.string()),
});

/** Options for a GOV.UK fieldset, named as in the GOV.UK Design System's macro (its `html` is `trustedInnerHtml`). */
export type FieldsetOptions = z.infer<typeof fieldsetOptionsSchema>;
