import * as z from 'zod/mini';
import { textareaOptionsSchema } from '../textarea/textarea.options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
export const characterCountOptionsSchema = z
  .extend(textareaOptionsSchema, {
    /** The most characters the answer may have. Give this or `maxwords`. */
    maxlength: z.optional(z.int().check(z.positive())),
    /** The most words the answer may have (words are runs of non-space characters, as govuk-frontend counts them). */
    maxwords: z.optional(z.int().check(z.positive())),
    /** Percentage of the limit (0–100) before the count appears; until then it is hidden, as GOV.UK does. */
    threshold: z.optional(z.number().check(z.gte(0), z.lte(100))),
  })
  .check(
    z.refine((options) => (options.maxlength === undefined) !== (options.maxwords === undefined), {
      message: 'Give exactly one of maxlength or maxwords',
      path: ['maxlength'],
    }),
  );

/** Options for a GOV.UK character count, named as in the GOV.UK Design System's macro. */
export type CharacterCountOptions = z.infer<typeof characterCountOptionsSchema>;
