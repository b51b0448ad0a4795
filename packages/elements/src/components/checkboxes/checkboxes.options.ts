import * as z from 'zod/mini';
import { choiceDividerSchema, choiceItemShape, choicesFieldShape } from '../field/choices.options.js';

export const checkboxDividerSchema = choiceDividerSchema;
export const checkboxItemSchema = z.object({
  ...choiceItemShape,
  /** `exclusive` for a "None of these" answer: ticking it clears the others, and ticking another clears it. */
  behaviour: z.optional(z.literal('exclusive')),
});

export const checkboxesOptionsSchema = z.object({
  ...choicesFieldShape,
  items: z.array(z.union([checkboxDividerSchema, checkboxItemSchema])).check(z.minLength(1)),
  /** The ticked options' values. */
  values: z.optional(z.array(z.string())),
});

export type CheckboxDivider = z.infer<typeof checkboxDividerSchema>;
export type CheckboxItem = z.infer<typeof checkboxItemSchema>;
/** Options for GOV.UK checkboxes, named as in the GOV.UK Design System's macro (`classes` becomes `small`). */
export type CheckboxesOptions = z.infer<typeof checkboxesOptionsSchema>;
