import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const footerLinkSchema = z.object({
  text: z.string().check(z.minLength(1)),
  href: z.string().check(z.minLength(1)),
});

export const footerOptionsSchema = z.object({
  /** Support links (accessibility statement, cookies, privacy, contact) and a line of text under them. */
  meta: z.optional(
    z.object({
      /** The hidden heading over the links; defaults to "Support links" (Welsh: "Dolenni cymorth"). */
      visuallyHiddenTitle: z.optional(z.string()),
      items: z.optional(z.array(footerLinkSchema)),
      /** Plain text only: GOV.UK's `html` is not offered because there is no sanitiser yet. */
      text: z.optional(z.string()),
    }),
  ),
  /**
   * The licence your content is under, for example "Content is available under the Open Government Licence v3.0".
   * Left out, a council footer shows none; with `govukBranding`, GOV.UK's Open Government Licence sentence.
   */
  contentLicence: z.optional(z.object({ text: z.string().check(z.minLength(1)) })),
  /**
   * Your copyright line, for example "© Anytown Borough Council", optionally linked.
   * Left out, a council footer shows none; with `govukBranding`, "© Crown copyright" linked to The National Archives.
   */
  copyright: z.optional(z.object({ text: z.string().check(z.minLength(1)), href: z.optional(z.string()) })),
  /** Only for services on GOV.UK: the crown, and the Open Government Licence and Crown copyright unless you replace them. */
  govukBranding: z.optional(z.boolean()),
});

export type FooterLink = z.infer<typeof footerLinkSchema>;
/** Options for a GOV.UK-style footer, named as in the GOV.UK Design System's macro. */
export type FooterOptions = z.infer<typeof footerOptionsSchema>;
