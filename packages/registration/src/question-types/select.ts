import * as z from 'zod/mini';
import { baseShape, EQUALITY, defineQuestionType, type QuestionBase } from './base.js';
import { optionLabel, optionsSchema, readOneOption, type Option } from './options.js';

/** One option from a long list, in a drop-down (GOV.UK advises radios where they fit). */
export type SelectQuestion = QuestionBase & { readonly type: 'select'; readonly options: readonly Option[] };

export const select = defineQuestionType<SelectQuestion, string>({
  type: 'select',
  comparedBy: EQUALITY,
  schema: z.strictObject({ ...baseShape, type: z.literal('select'), options: optionsSchema }),
  read: readOneOption,
  display: (question, value, locale) => optionLabel(question, value, locale),
});
