import * as z from 'zod/mini';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const errorSummaryItemSchema = z.object({
  text: z.string().check(z.minLength(1)),
  /** `#` and the id of the field with the problem: following the link focuses that field. */
  href: z.optional(z.string()),
});

export const errorSummaryOptionsSchema = z.object({
  /** Defaults to "There is a problem" (Welsh: "Mae yna broblem"). */
  titleText: z.optional(z.string()),
  descriptionText: z.optional(z.string()),
  errorList: z.array(errorSummaryItemSchema),
  /** GOV.UK moves focus to the summary when the page loads; turn that off only if the page manages focus itself. */
  disableAutoFocus: z.optional(z.boolean()),
});

export type ErrorSummaryItem = z.infer<typeof errorSummaryItemSchema>;
/** Options for a GOV.UK error summary, named as in the GOV.UK Design System's macro. */
export type ErrorSummaryOptions = z.infer<typeof errorSummaryOptionsSchema>;
