import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
// Text only throughout: GOV.UK's `html` options are not offered because there is no sanitiser yet.
export const summaryListActionSchema = z.object({
  /** Relative, http(s), mailto or tel; anything else becomes `#`. */
  href: z.string().check(z.minLength(1)),
  /** Usually "Change" (Welsh "Newid") or "Remove": your own wording, as in GOV.UK. */
  text: z.string().check(z.minLength(1)),
  /** Finishes the link's name for screen readers, such as "name" in "Change name", since every row's visible text is the same. */
  visuallyHiddenText: z.optional(z.string()),
});

const actionsSchema = z.object({ items: z.array(summaryListActionSchema) });

export const summaryListRowSchema = z.object({
  key: z.object({ text: z.string().check(z.minLength(1)) }),
  value: z.object({ text: z.string() }),
  actions: z.optional(actionsSchema),
});

const headingLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]);

export const summaryCardSchema = z.object({
  /** The card's heading; it is also added, visually hidden, to every action link's name, such as "Change name (Director 1)". */
  title: z.optional(z.object({ text: z.string().check(z.minLength(1)), headingLevel: z.optional(headingLevelSchema) })),
  /** Actions for the whole card, such as "Delete director". */
  actions: z.optional(actionsSchema),
});

export const summaryListOptionsSchema = z.object({
  rows: z.array(summaryListRowSchema),
  /** Removes the row separators, in place of GOV.UK's `classes: "govuk-summary-list--no-border"`. */
  noBorder: z.optional(z.boolean()),
  /** Wraps the list in a summary card, for a list of several things each with its own answers. */
  card: z.optional(summaryCardSchema),
});

export type SummaryListAction = z.infer<typeof summaryListActionSchema>;
export type SummaryListRow = z.infer<typeof summaryListRowSchema>;
export type SummaryCard = z.infer<typeof summaryCardSchema>;
/** Options for a GOV.UK summary list, named as in the GOV.UK Design System's macro. */
export type SummaryListOptions = z.infer<typeof summaryListOptionsSchema>;
