import * as z from 'zod/mini';
import { attributes, classes, govukObject, stringOrNumber } from '../../lib/govuk-options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
/** GOV.UK's button macro options (https://design-system.service.gov.uk/components/button/), plus our `variant`. */
export const buttonOptionsSchema = govukObject('button', {
  text: z.optional(z.string().check(z.minLength(1, 'A button needs text that says what it does'))),
  /** GOV.UK's `html` content (sanitised), instead of `text`. */
  html: z.optional(z.string()),
  /** Renders a link styled as a button, for navigation (a start button usually is one). */
  href: z.optional(z.string()),
  type: z.optional(z.enum(['submit', 'button', 'reset'])),
  /** Our name for GOV.UK's modifier classes (`govuk-button--secondary`, `--warning`, `--inverse`), which `classes` takes too. */
  variant: z.optional(z.enum(['primary', 'secondary', 'warning', 'inverse'])),
  isStartButton: z.optional(z.boolean()),
  disabled: z.optional(z.boolean()),
  name: z.optional(z.string()),
  value: z.optional(stringOrNumber),
  id: z.optional(z.string()),
  /** Ignores a second click within a second, so an impatient double click does not submit twice. */
  preventDoubleClick: z.optional(z.boolean()),
  classes,
  attributes,
}).check(
  z.refine((options) => Boolean(options.text) || Boolean(options.html), {
    message: 'button: a button needs `text` or `html` that says what it does',
    path: ['text'],
  }),
);

/** Options for a GOV.UK button, named as in the GOV.UK Design System's macro. */
export type ButtonOptions = z.infer<typeof buttonOptionsSchema>;
