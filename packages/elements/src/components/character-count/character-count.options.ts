import * as z from 'zod/mini';
import { classes, govukObject } from '../../lib/govuk-options.js';
import { textareaShape } from '../textarea/textarea.options.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
const component = 'character count';
const count = z.optional(
  z.union([z.int().check(z.positive()), z.pipe(z.string().check(z.regex(/^[1-9]\d*$/, 'a limit is a whole number')), z.transform(Number))]),
);
/** GOV.UK's wording options: one text, or plural forms (`{ one, other }`), with `%{count}` where the number goes. */
const wording = z.optional(
  z.union([
    z.string(),
    govukObject(`${component} wording`, {
      zero: z.optional(z.string()),
      one: z.optional(z.string()),
      two: z.optional(z.string()),
      few: z.optional(z.string()),
      many: z.optional(z.string()),
      other: z.string(),
    }),
  ]),
);

/** GOV.UK's character count macro options (https://design-system.service.gov.uk/components/character-count/). */
export const characterCountOptionsSchema = govukObject(component, {
  ...textareaShape(component),
  /** The most characters the answer may have (or words, with `countType: 'words'`). */
  maxlength: count,
  /** The most words the answer may have (words are runs of non-space characters, as govuk-frontend counts them). */
  maxwords: count,
  /** `words` counts `maxlength` in words; `characters` or `length` (GOV.UK's fixtures use both) in characters. */
  countType: z.optional(z.enum(['characters', 'length', 'words'])),
  /** Percentage of the limit (0–100) before the count appears; until then it is hidden, as GOV.UK does. */
  threshold: z.optional(
    z.union([z.number().check(z.gte(0), z.lte(100)), z.pipe(z.string().check(z.regex(/^\d+(\.\d+)?$/)), z.transform(Number))]),
  ),
  countMessage: z.optional(govukObject(`${component} countMessage`, { classes })),
  textareaDescriptionText: z.optional(z.string()),
  charactersUnderLimitText: wording,
  charactersAtLimitText: z.optional(z.string()),
  charactersOverLimitText: wording,
  wordsUnderLimitText: wording,
  wordsAtLimitText: z.optional(z.string()),
  wordsOverLimitText: wording,
});

/** Options for a GOV.UK character count, named as in the GOV.UK Design System's macro. */
export type CharacterCountOptions = z.infer<typeof characterCountOptionsSchema>;
