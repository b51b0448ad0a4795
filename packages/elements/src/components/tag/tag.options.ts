import * as z from 'zod/mini';
import { attributes, classes, govukObject } from '../../lib/govuk-options.js';

/** GOV.UK tag colours (v6 names). Blue is the default and has no modifier; `turquoise` and `pink` are deprecated in govuk-frontend, so use `teal` and `magenta`. */
export const tagColours = ['grey', 'green', 'teal', 'purple', 'magenta', 'red', 'orange', 'yellow'] as const;
export type TagColour = (typeof tagColours)[number];

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
/** GOV.UK's tag macro options (https://design-system.service.gov.uk/components/tag/), plus `colour`. */
export const tagOptionsSchema = govukObject('tag', {
  text: z.optional(z.string()),
  /** GOV.UK's `html` (sanitised), instead of `text`. */
  html: z.optional(z.string()),
  /** Our name for GOV.UK's colour classes (`classes: "govuk-tag--grey"`, which works too). Leave unset for the default blue. */
  colour: z.optional(z.enum(tagColours)),
  classes,
  attributes,
}).check(
  z.refine((options) => Boolean(options.text) || Boolean(options.html), {
    message: 'tag: a tag needs `text` or `html` that says the status',
    path: ['text'],
  }),
);

/** Options for a GOV.UK tag, named as in the GOV.UK Design System's macro (plus `colour`). */
export type TagOptions = z.infer<typeof tagOptionsSchema>;
