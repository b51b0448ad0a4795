import * as z from 'zod/mini';
import { attributes, classes, govukObject } from '../../lib/govuk-options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
/** GOV.UK's back link macro options (https://design-system.service.gov.uk/components/back-link/). */
export const backLinkOptionsSchema = govukObject('back link', {
  /** The previous page. Relative, http(s), mailto or tel; anything else becomes `#`. Defaults to `#` as in GOV.UK. */
  href: z.optional(z.string()),
  /** Defaults to "Back" (Welsh: "Yn ôl"). */
  text: z.optional(z.string()),
  /** GOV.UK's `html` (sanitised), instead of `text`. */
  html: z.optional(z.string()),
  /** `govuk-back-link--inverse` for a dark background. */
  classes,
  attributes,
});

/** Options for a GOV.UK back link, named as in the GOV.UK Design System's macro. */
export type BackLinkOptions = z.infer<typeof backLinkOptionsSchema>;
