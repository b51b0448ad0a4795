import * as z from 'zod/mini';
import { attributes, classes, govukObject } from '../../lib/govuk-options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
/** GOV.UK's inset text macro options (https://design-system.service.gov.uk/components/inset-text/). */
export const insetTextOptionsSchema = govukObject('inset text', {
  text: z.optional(z.string()),
  /** GOV.UK's `html` (sanitised), instead of `text`. */
  html: z.optional(z.string()),
  id: z.optional(z.string()),
  classes,
  attributes,
}).check(
  z.refine((options) => Boolean(options.text) || Boolean(options.html), { message: 'inset text: give `text` or `html`', path: ['text'] }),
);

/** Options for GOV.UK inset text, named as in the GOV.UK Design System's macro. */
export type InsetTextOptions = z.infer<typeof insetTextOptionsSchema>;
