import * as z from 'zod/mini';
import { attributes, classes, govukObject } from '../../lib/govuk-options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
/** GOV.UK's skip link macro options (https://design-system.service.gov.uk/components/skip-link/). */
export const skipLinkOptionsSchema = govukObject('skip link', {
  /** `#` and the id of the main content; defaults to `#content` as in GOV.UK's page template. */
  href: z.optional(z.string()),
  /** Defaults to "Skip to main content" (Welsh: "Neidio i’r prif gynnwys"). */
  text: z.optional(z.string()),
  /** GOV.UK's `html` (sanitised), instead of `text`. */
  html: z.optional(z.string()),
  classes,
  attributes,
});

/** Options for a GOV.UK skip link, named as in the GOV.UK Design System's macro. */
export type SkipLinkOptions = z.infer<typeof skipLinkOptionsSchema>;
