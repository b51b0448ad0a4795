import * as z from 'zod/mini';
import { attributes, classes, govukObject, textOrHtmlShape } from '../../lib/govuk-options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
const component = 'footer';

export const footerLinkSchema = govukObject(`${component} link`, {
  text: z.string().check(z.minLength(1)),
  href: z.string().check(z.minLength(1)),
  attributes,
});

/** GOV.UK's footer macro options (https://design-system.service.gov.uk/components/footer/), plus `govukBranding`. */
export const footerOptionsSchema = govukObject(component, {
  /** Support links (accessibility statement, cookies, privacy, contact) and a line of text or html under them. */
  meta: z.optional(
    govukObject(`${component} meta`, {
      /** The hidden heading over the links; defaults to "Support links" (Welsh: "Dolenni cymorth"). */
      visuallyHiddenTitle: z.optional(z.string()),
      items: z.optional(z.array(footerLinkSchema)),
      ...textOrHtmlShape,
    }),
  ),
  /** Sections of links above the meta links, each with a heading. */
  navigation: z.optional(
    z.array(
      govukObject(`${component} navigation`, {
        title: z.string(),
        width: z.optional(z.string()),
        columns: z.optional(z.number()),
        items: z.optional(
          z.array(govukObject(`${component} navigation item`, { text: z.optional(z.string()), href: z.optional(z.string()), attributes })),
        ),
      }),
    ),
  ),
  /**
   * The licence your content is under, as text or html; `null` shows none. Left out, a council footer shows none
   * and a GOV.UK one the Open Government Licence sentence.
   */
  contentLicence: z.optional(z.nullable(govukObject(`${component} contentLicence`, textOrHtmlShape))),
  /**
   * Your copyright line, for example "© Anytown Borough Council", optionally linked (our `href`). Left out, a
   * council footer shows none; a GOV.UK one "© Crown copyright" linked to The National Archives.
   */
  copyright: z.optional(govukObject(`${component} copyright`, { ...textOrHtmlShape, href: z.optional(z.string()) })),
  /** The crown, the Open Government Licence and Crown copyright: only for services on GOV.UK. Defaults to the service's `setServiceBranding`. */
  govukBranding: z.optional(z.boolean()),
  classes,
  containerClasses: classes,
  attributes,
});

export type FooterLink = z.infer<typeof footerLinkSchema>;
/** Options for a GOV.UK footer, named as in the GOV.UK Design System's macro. */
export type FooterOptions = z.infer<typeof footerOptionsSchema>;
