import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
// Text only throughout: GOV.UK's `html` options are not offered because there is no sanitiser yet.
export const paginationLinkSchema = z.object({
  /** Relative, http(s), mailto or tel; anything else becomes `#`. */
  href: z.string().check(z.minLength(1)),
  /** Replaces "Previous page" or "Next page" (Welsh "Blaenorol", "Nesaf"). */
  text: z.optional(z.string()),
  /** In the block variant (no numbered items), the page's title under the link, such as "Applying for a licence". */
  labelText: z.optional(z.string()),
});

export const paginationItemSchema = z.object({
  /** The page number as shown. Not needed for an ellipsis. */
  number: z.optional(z.union([z.string(), z.number()])),
  href: z.optional(z.string()),
  current: z.optional(z.boolean()),
  /** A gap in the numbers ("⋯"), for long runs of pages. */
  ellipsis: z.optional(z.boolean()),
  /** The link's accessible name; defaults to "Page 3" (Welsh "Tudalen 3"). */
  visuallyHiddenText: z.optional(z.string()),
});

export const paginationOptionsSchema = z.object({
  items: z.optional(z.array(paginationItemSchema)),
  previous: z.optional(paginationLinkSchema),
  next: z.optional(paginationLinkSchema),
  /** The navigation landmark's name; defaults to "Pagination" (Welsh "Tudalennu"). */
  landmarkLabel: z.optional(z.string()),
});

export type PaginationLink = z.infer<typeof paginationLinkSchema>;
export type PaginationItem = z.infer<typeof paginationItemSchema>;
/** Options for GOV.UK pagination, named as in the GOV.UK Design System's macro. */
export type PaginationOptions = z.infer<typeof paginationOptionsSchema>;
