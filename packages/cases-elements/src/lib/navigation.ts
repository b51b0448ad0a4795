import * as z from 'zod/mini';
import { hrefSchema, textSchema } from './schemas.js';

/** One link of a navigation: where it goes, what it says, and whether it is the page the person is on. */
export const navigationItemSchema = z.object({ text: textSchema, href: hrefSchema, active: z.optional(z.boolean()) });
export type NavigationItem = z.infer<typeof navigationItemSchema>;
