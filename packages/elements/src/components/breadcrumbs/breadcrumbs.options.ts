import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const breadcrumbsItemSchema = z.object({
  /** Plain text only: GOV.UK's `html` is not offered because there is no sanitiser yet. */
  text: z.string().check(z.minLength(1)),
  /** Leave out for the current page, which GOV.UK marks `aria-current="page"` and does not link. */
  href: z.optional(z.string()),
});

export const breadcrumbsOptionsSchema = z.object({
  items: z.array(breadcrumbsItemSchema).check(z.minLength(1, 'Breadcrumbs need at least one item')),
  /** On small screens, shows only the first and last items. */
  collapseOnMobile: z.optional(z.boolean()),
  /** The navigation landmark's name; defaults to "Breadcrumb" (Welsh: "Briwsion bara"). */
  labelText: z.optional(z.string()),
});

export type BreadcrumbsItem = z.infer<typeof breadcrumbsItemSchema>;
/** Options for GOV.UK breadcrumbs, named as in the GOV.UK Design System's macro. */
export type BreadcrumbsOptions = z.infer<typeof breadcrumbsOptionsSchema>;
