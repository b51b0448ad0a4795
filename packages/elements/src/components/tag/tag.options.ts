import * as z from 'zod/mini';

/** GOV.UK tag colours (v6 names). Blue is the default and has no modifier; `turquoise` and `pink` are deprecated in govuk-frontend, so use `teal` and `magenta`. */
export const tagColours = ['grey', 'green', 'teal', 'purple', 'magenta', 'red', 'orange', 'yellow'] as const;
export type TagColour = (typeof tagColours)[number];

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const tagOptionsSchema = z.object({
  /** Plain text only: GOV.UK's `html` option is not offered because there is no sanitiser yet. */
  text: z.string().check(z.minLength(1, 'A tag needs text that says the status')),
  /** Colour, in place of GOV.UK's `classes: "govuk-tag--grey"`. Leave unset for the default blue. */
  colour: z.optional(z.enum(tagColours)),
});

/** Options for a GOV.UK tag, named as in the GOV.UK Design System's macro (plus `colour`). */
export type TagOptions = z.infer<typeof tagOptionsSchema>;
