import * as z from 'zod/mini';
import { baseShape, EQUALITY, defineQuestionType, type QuestionBase } from './base.js';
import { optionLabel, optionsSchema, readOneOption, type Option } from './options.js';

/** One option from a list, as radio buttons. */
export type RadiosQuestion = QuestionBase & { readonly type: 'radios'; readonly options: readonly Option[] };

export const radios = defineQuestionType<RadiosQuestion, string>({
  type: 'radios',
  comparedBy: EQUALITY,
  schema: z.strictObject({ ...baseShape, type: z.literal('radios'), options: optionsSchema }),
  read: readOneOption,
  display: (question, value, locale) => optionLabel(question, value, locale),
});
