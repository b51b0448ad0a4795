import * as z from 'zod/mini';
import { navigationItemSchema } from '../lib/navigation.js';
import { headingLevelSchema, textSchema } from '../lib/schemas.js';

export const sideNavigationSectionSchema = z.object({
  heading: z.object({ text: textSchema, headingLevel: z.optional(headingLevelSchema) }),
  items: z.array(navigationItemSchema).check(z.minLength(1, 'A section needs at least one link')),
});

export const sideNavigationOptionsSchema = z
  .object({
    /** The landmark's name; "Side navigation" (Welsh "Llywio ochr") if absent. */
    label: z.optional(textSchema),
    /** Links in one list, or… */
    items: z.optional(z.array(navigationItemSchema).check(z.minLength(1))),
    /** …groups of links under headings. */
    sections: z.optional(z.array(sideNavigationSectionSchema).check(z.minLength(1))),
  })
  .check(
    z.refine((options) => (options.items === undefined) !== (options.sections === undefined), {
      message: 'Give a side navigation either items or sections, not both or neither',
    }),
  );

export type SideNavigationSection = z.infer<typeof sideNavigationSectionSchema>;
/** Options for MOJ's side navigation: links to the parts of a service (work queues, teams), flat or in sections. */
export type SideNavigationOptions = z.infer<typeof sideNavigationOptionsSchema>;
