import * as z from 'zod/mini';
import { validateNhsNumber } from '../validators/validators.js';
import { baseShape, EQUALITY, defineQuestionType, type QuestionBase } from './base.js';
import { readChecked } from './checked-text.js';

/** An NHS number, stored as ten digits and shown 3 3 4, as the NHS prints it. */
export type NhsNumberQuestion = QuestionBase & { readonly type: 'nhsNumber' };

export const nhsNumber = defineQuestionType<NhsNumberQuestion, string>({
  type: 'nhsNumber',
  comparedBy: EQUALITY,
  schema: z.strictObject({ ...baseShape, type: z.literal('nhsNumber') }),
  read: readChecked(validateNhsNumber),
  display: (_question, value) => value.replace(/^(...)(...)(....)$/, '$1 $2 $3'),
});
