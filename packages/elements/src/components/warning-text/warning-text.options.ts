import * as z from 'zod/mini';
import { attributes, classes, govukObject } from '../../lib/govuk-options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
/** GOV.UK's warning text macro options (https://design-system.service.gov.uk/components/warning-text/). */
export const warningTextOptionsSchema = govukObject('warning text', {
  text: z.optional(z.string()),
  /** GOV.UK's `html` (sanitised), instead of `text`. */
  html: z.optional(z.string()),
  classes,
  attributes,
  /** What screen readers hear in place of the "!" icon. Defaults to "Warning" (Welsh: "Rhybudd"). */
  iconFallbackText: z.optional(z.string()),
});

/** Options for GOV.UK warning text, named as in the GOV.UK Design System's macro. */
export type WarningTextOptions = z.infer<typeof warningTextOptionsSchema>;
