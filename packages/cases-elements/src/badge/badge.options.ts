import * as z from 'zod/mini';
import { textSchema } from '../lib/schemas.js';

/** MOJ Frontend's badge colours; unset is its default blue outline. */
export const badgeColours = ['purple', 'bright-purple', 'red', 'green', 'blue', 'black', 'grey'] as const;
export type BadgeColour = (typeof badgeColours)[number];

export const badgeOptionsSchema = z.object({
  /** What the badge says ("Urgent", "3"): the words carry the meaning, the colour only repeats it. */
  text: textSchema,
  colour: z.optional(z.enum(badgeColours)),
  /** MOJ's larger badge (16px), for a badge beside a heading. */
  large: z.optional(z.boolean()),
  /** Said after the text to screen reader users only, where the text alone is a bare number: "new messages". */
  visuallyHiddenText: z.optional(textSchema),
});

/** Options for an MOJ badge, named as in MOJ Frontend's macro (plus `colour` and `large` for its classes). */
export type BadgeOptions = z.infer<typeof badgeOptionsSchema>;
