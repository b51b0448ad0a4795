import * as z from 'zod/mini';
import {
  baseShape,
  EQUALITY,
  defineQuestionType,
  label,
  message,
  problem,
  required,
  textOf,
  type QuestionBase,
  type ReadContext,
} from './base.js';

/** A line of text (`text`) or several (`longText`), at most `maxLength` characters (500 and 5000 by default). */
export type TextQuestion = QuestionBase & { readonly type: 'text' | 'longText'; readonly maxLength?: number };

export const textLimit = z.optional(z.int().check(z.minimum(1), z.maximum(100_000)));

/** Reads either kind of text question: long text keeps its line breaks (normalised to \n); a single line is trimmed. */
export function readText(ctx: ReadContext, q: TextQuestion, raw: unknown): string | undefined {
  const text = textOf(ctx, raw);
  const { enter, name } = label(ctx, 'text');
  if (text === undefined) return required(ctx, enter);
  const value = q.type === 'longText' ? text.replace(/\r\n?/g, '\n').trim() : text.trim();
  const max = q.maxLength ?? (q.type === 'longText' ? 5000 : 500);
  if ([...value].length > max) return problem(ctx, 'text.too_long', message(ctx, 'text.too_long', 'text.too_long', { name, count: max }));
  return value;
}

export const text = defineQuestionType<TextQuestion & { readonly type: 'text' }, string>({
  type: 'text',
  comparedBy: EQUALITY,
  schema: z.strictObject({ ...baseShape, type: z.literal('text'), maxLength: textLimit }),
  prefillFrom: ['name', 'firstName', 'lastName'],
  read: readText,
  display: (_question, value) => value,
});
