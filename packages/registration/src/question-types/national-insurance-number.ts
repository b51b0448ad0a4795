import * as z from 'zod/mini';
import { validateNationalInsuranceNumber } from '../validators/validators.js';
import { baseShape, EQUALITY, defineQuestionType, type QuestionBase } from './base.js';
import { readChecked } from './checked-text.js';

/** A National Insurance number, stored without spaces and shown in the pairs printed on the card. */
export type NationalInsuranceNumberQuestion = QuestionBase & { readonly type: 'nationalInsuranceNumber' };

export const nationalInsuranceNumber = defineQuestionType<NationalInsuranceNumberQuestion, string>({
  type: 'nationalInsuranceNumber',
  comparedBy: EQUALITY,
  schema: z.strictObject({ ...baseShape, type: z.literal('nationalInsuranceNumber') }),
  read: readChecked(validateNationalInsuranceNumber),
  display: (_question, value) => value.replace(/^(..)(..)(..)(..)(.)$/, '$1 $2 $3 $4 $5'),
});
