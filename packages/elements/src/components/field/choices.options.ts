import * as z from 'zod/mini';

// What radios and checkboxes share. Options schemas live apart from templates so browsers never ship zod.
export const idPattern = z.regex(/^[A-Za-z][\w:.-]*$/, 'ids must start with a letter and contain no spaces');

export const choiceDividerSchema = z.object({
  /** `true` for the translated "or" ("neu" in Welsh), or your own word. */
  divider: z.union([z.literal(true), z.string().check(z.minLength(1))]),
});

/** One answer: its value, label, optional hint and text revealed while it is chosen. */
export const choiceItemShape = {
  value: z.string(),
  text: z.string().check(z.minLength(1)),
  hint: z.optional(z.string()),
  /** Overrides the generated id (`idPrefix`, then `idPrefix-2`, `-3`…). */
  id: z.optional(z.string().check(idPattern)),
  /** Plain text shown while this option is chosen. Text only: there is no HTML sanitiser yet, so markup would show as typed. */
  conditional: z.optional(z.object({ text: z.string().check(z.minLength(1)) })),
  disabled: z.optional(z.boolean()),
};

/** The question as a fieldset, with hint and error, under one `name`. */
export const choicesFieldShape = {
  /** Id of the first input (the error summary links to it) and prefix of the others' ids. Defaults to `name`. */
  idPrefix: z.optional(z.string().check(idPattern)),
  name: z.string().check(z.minLength(1)),
  fieldset: z.object({
    legend: z.object({
      text: z.string().check(z.minLength(1)),
      size: z.optional(z.enum(['s', 'm', 'l', 'xl'])),
      isPageHeading: z.optional(z.boolean()),
    }),
  }),
  hint: z.optional(z.string()),
  errorMessage: z.optional(z.string()),
  small: z.optional(z.boolean()),
};

export type ChoiceDivider = z.infer<typeof choiceDividerSchema>;
