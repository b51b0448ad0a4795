import * as z from 'zod/mini';
import { navigationItemSchema } from '../lib/navigation.js';
import { textSchema } from '../lib/schemas.js';

export const subNavigationOptionsSchema = z.object({
  /** The landmark's name; "Secondary navigation region" (Welsh "Rhanbarth llywio eilaidd") if absent, as MOJ's. */
  label: z.optional(textSchema),
  items: z.array(navigationItemSchema).check(z.minLength(1, 'A sub navigation needs at least one link')),
});

/** Options for MOJ's sub navigation: the tabs of one case (Summary, Timeline, Notes, Tasks) as links. */
export type SubNavigationOptions = z.infer<typeof subNavigationOptionsSchema>;
