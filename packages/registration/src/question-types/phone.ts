import * as z from 'zod/mini';
import { validateUkPhoneNumber } from '../validators/validators.js';
import { baseShape, EQUALITY, defineQuestionType, type QuestionBase } from './base.js';
import { readChecked } from './checked-text.js';

/** A UK phone number, stored in international form (`+447700900123`) and shown as people write it. */
export type PhoneQuestion = QuestionBase & { readonly type: 'phone' };

export const phone = defineQuestionType<PhoneQuestion, string>({
  type: 'phone',
  comparedBy: EQUALITY,
  schema: z.strictObject({ ...baseShape, type: z.literal('phone') }),
  prefillFrom: ['phone'],
  read: readChecked(validateUkPhoneNumber),
  display: (_question, value) => value.replace(/^\+44/, '0'),
});
