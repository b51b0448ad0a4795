import * as z from 'zod/mini';
import { parseInput } from '@civicbricks/core/validation';
import { questionMessages } from '../messages.js';
import type { AnswerValue } from '../questions.js';
import { translatorFor } from '../validators/shared.js';
import { baseShape, defineQuestionType, problem, readWith, wrongShape, type QuestionBase, type QuestionTypeHandler } from './base.js';
import { itemQuestionTypes, ItemQuestionSchema, type ItemQuestion } from './items.js';

export type AddAnotherQuestion = QuestionBase & {
  readonly type: 'addAnother';
  /** The questions asked for each item (no add-another inside add-another). */
  readonly questions: readonly ItemQuestion[];
  readonly minItems?: number;
  readonly maxItems?: number;
};

/** The answers to one add-another item, keyed by the item's question ids. */
export type ItemAnswers = { readonly [questionId: string]: AnswerValue };

/**
 * How many items an add-another question takes when its definition sets no `maxItems`: GOV.UK Forms stops a
 * repeated question at 50 answers too. Without a limit one post could make the service check and show any number.
 */
export const DEFAULT_MAX_ITEMS = 50;

// Only what the limit needs: the rest of the question is checked where it is used.
const ItemLimitSchema = z.object({ type: z.literal('addAnother'), maxItems: z.optional(z.int().check(z.minimum(1))) });

/** The most items an add-another question takes: its `maxItems`, or {@link DEFAULT_MAX_ITEMS}. */
export function itemLimit(question: AddAnotherQuestion): number {
  const { maxItems } = parseInput(ItemLimitSchema, question, {
    path: ['question'],
    codePrefix: 'registration.question',
    what: 'add-another question',
  });
  return maxItems ?? DEFAULT_MAX_ITEMS;
}

/** The module of an item's question, typed by it. */
export function itemTypeOf<Q extends ItemQuestion>(question: Q): QuestionTypeHandler<Q> {
  return itemQuestionTypes[question.type as ItemQuestion['type']] as unknown as QuestionTypeHandler<Q>;
}

export const addAnother = defineQuestionType<AddAnotherQuestion, readonly ItemAnswers[]>({
  type: 'addAnother',
  schema: z.strictObject({
    ...baseShape,
    type: z.literal('addAnother'),
    questions: z.array(ItemQuestionSchema).check(z.minLength(1), z.maxLength(20)),
    minItems: z.optional(z.int().check(z.minimum(0), z.maximum(1000))),
    maxItems: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  }),
  read(ctx, q, raw) {
    if (raw !== undefined && raw !== null && !Array.isArray(raw)) return wrongShape(ctx, 'an array of items', raw);
    const items = (raw ?? []) as unknown[];
    const t = translatorFor(questionMessages, ctx.locale);
    const min = q.minItems ?? (q.optional ? 0 : 1);
    if (items.length < min) return problem(ctx, 'addAnother.too_few', t('addAnother.too_few', { count: min }));
    const max = itemLimit(q);
    if (items.length > max) return problem(ctx, 'addAnother.too_many', t('addAnother.too_many', { count: max }));
    const out: Record<string, AnswerValue>[] = [];
    items.forEach((item, index) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return wrongShape(ctx, 'an object of answers', item, [index]);
      const values: Record<string, AnswerValue> = {};
      for (const inner of q.questions) {
        const result = readWith(itemTypeOf(inner), inner, (item as Record<string, unknown>)[inner.id], {
          locale: ctx.locale,
          today: ctx.today,
          inputPath: [...ctx.inputPath, index, inner.id],
        });
        if (result.ok) values[inner.id] = result.value;
        else for (const error of result.errors) ctx.errors.push({ ...error, path: [index, inner.id, ...error.path] });
      }
      out.push(values);
    });
    return ctx.errors.length > 0 ? undefined : out;
  },
  display: (_question, value, locale) => translatorFor(questionMessages, locale)('addAnother.summary', { count: value.length }),
});
