import * as z from 'zod/mini';
import { validateUkPostcode } from '../validators/validators.js';
import { baseShape, EQUALITY, defineQuestionType, type QuestionBase } from './base.js';
import { readChecked } from './checked-text.js';

/** A UK postcode, stored in capitals with its space. */
export type PostcodeQuestion = QuestionBase & { readonly type: 'postcode' };

export const postcode = defineQuestionType<PostcodeQuestion, string>({
  type: 'postcode',
  comparedBy: EQUALITY,
  schema: z.strictObject({ ...baseShape, type: z.literal('postcode') }),
  prefillFrom: ['postcode'],
  read: readChecked(validateUkPostcode),
  display: (_question, value) => value,
});
