import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const buttonOptionsSchema = z.object({
  text: z.string().check(z.minLength(1, 'A button needs text that says what it does')),
  /** Renders a link styled as a button, for navigation (a start button usually is one). */
  href: z.optional(z.string()),
  type: z.optional(z.enum(['submit', 'button', 'reset'])),
  variant: z.optional(z.enum(['primary', 'secondary', 'warning', 'inverse'])),
  isStartButton: z.optional(z.boolean()),
  disabled: z.optional(z.boolean()),
  name: z.optional(z.string()),
  value: z.optional(z.string()),
  id: z.optional(z.string()),
  /** Ignores a second click within a second, so an impatient double click does not submit twice. */
  preventDoubleClick: z.optional(z.boolean()),
});

/** Options for a GOV.UK button, named as in the GOV.UK Design System's macro. */
export type ButtonOptions = z.infer<typeof buttonOptionsSchema>;
