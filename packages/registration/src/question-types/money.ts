import { isCivicError } from '@civicbricks/core/errors';
import { Money } from '@civicbricks/core/money';
import * as z from 'zod/mini';
import { baseShape, EQUALITY, defineQuestionType, label, message, problem, required, textOf, type QuestionBase } from './base.js';
import { rangeCheck } from './number.js';

/** An amount in pounds and pence, stored in pence. */
export type MoneyQuestion = QuestionBase & {
  readonly type: 'money';
  readonly allowNegative?: boolean;
  readonly minPence?: number;
  readonly maxPence?: number;
};

const pence = z.optional(z.int().check(z.minimum(-Number.MAX_SAFE_INTEGER), z.maximum(Number.MAX_SAFE_INTEGER)));

export const money = defineQuestionType<MoneyQuestion, number>({
  type: 'money',
  comparedBy: [...EQUALITY, 'gt', 'gte', 'lt', 'lte'],
  schema: z.strictObject({
    ...baseShape,
    type: z.literal('money'),
    allowNegative: z.optional(z.boolean()),
    minPence: pence,
    maxPence: pence,
  }),
  read(ctx, q, raw) {
    const text = textOf(ctx, raw);
    const { enter, name } = label(ctx, 'money');
    if (text === undefined) return required(ctx, enter);
    let amount: Money;
    try {
      // Without options Money.parse refuses negative amounts and skips reading an options object.
      amount = q.allowNegative ? Money.parse(text, { allowNegative: true }) : Money.parse(text);
    } catch (error) {
      if (!isCivicError(error)) throw error;
      const show = (p: number) => Money.fromPence(p).format(ctx.locale);
      switch (error.code) {
        case 'money.too_many_decimal_places':
          return problem(
            ctx,
            'number.too_many_decimal_places',
            message(ctx, 'number.too_many_decimal_places', 'number.too_many_decimal_places', { name, max: 2 }),
          );
        case 'money.negative':
          return problem(ctx, 'number.too_small', message(ctx, 'number.too_small', 'number.too_small', { name, min: show(0) }));
        case 'money.too_large':
          return problem(
            ctx,
            'number.too_big',
            message(ctx, 'number.too_big', 'number.too_big', { name, max: show(Number.MAX_SAFE_INTEGER) }),
          );
        default:
          return problem(ctx, 'money.not_a_number', message(ctx, 'money.not_a_number', 'money.not_a_number', { name }));
      }
    }
    rangeCheck(ctx, amount.pence, q.minPence, q.maxPence, name, (p) => Money.fromPence(p).format(ctx.locale));
    return amount.pence;
  },
  display: (_question, value, locale) => Money.fromPence(value).format(locale),
});
