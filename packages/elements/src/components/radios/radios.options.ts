import * as z from 'zod/mini';
import { choiceDividerSchema, choiceItemShape, choicesFieldShape } from '../field/choices.options.js';

export const radioDividerSchema = choiceDividerSchema;
export const radioItemSchema = z.object(choiceItemShape);

export const radiosOptionsSchema = z.object({
  ...choicesFieldShape,
  items: z.array(z.union([radioDividerSchema, radioItemSchema])).check(z.minLength(1)),
  /** The chosen option's value. */
  value: z.optional(z.string()),
  /** Side by side; only for two short options, as GOV.UK advises. */
  inline: z.optional(z.boolean()),
});

export type RadioDivider = z.infer<typeof radioDividerSchema>;
export type RadioItem = z.infer<typeof radioItemSchema>;
/** Options for GOV.UK radios, named as in the GOV.UK Design System's macro (`classes` becomes `inline` and `small`). */
export type RadiosOptions = z.infer<typeof radiosOptionsSchema>;
