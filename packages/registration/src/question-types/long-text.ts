import * as z from 'zod/mini';
import { baseShape, EQUALITY, defineQuestionType } from './base.js';
import { readText, textLimit, type TextQuestion } from './text.js';

export const longText = defineQuestionType<TextQuestion & { readonly type: 'longText' }, string>({
  type: 'longText',
  comparedBy: EQUALITY,
  schema: z.strictObject({ ...baseShape, type: z.literal('longText'), maxLength: textLimit }),
  read: readText,
  display: (_question, value) => value,
});
