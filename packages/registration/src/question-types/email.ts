import * as z from 'zod/mini';
import { validateEmailAddress } from '../validators/validators.js';
import { baseShape, EQUALITY, defineQuestionType, type QuestionBase } from './base.js';
import { readChecked } from './checked-text.js';

/** An email address, stored as typed (trimmed). */
export type EmailQuestion = QuestionBase & { readonly type: 'email' };

export const email = defineQuestionType<EmailQuestion, string>({
  type: 'email',
  comparedBy: EQUALITY,
  schema: z.strictObject({ ...baseShape, type: z.literal('email') }),
  prefillFrom: ['email'],
  read: readChecked(validateEmailAddress),
  display: (_question, value) => value,
});
