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

export type NumberQuestion = QuestionBase & {
  readonly type: 'number';
  /** Allow decimals (default: whole numbers only). */
  readonly decimal?: boolean;
  readonly maxDecimalPlaces?: number;
  readonly min?: number;
  readonly max?: number;
};

export const finite = z.number().check(z.refine((n) => Number.isFinite(n), 'This must be a finite number'));

export const number = defineQuestionType<NumberQuestion, number>({
  type: 'number',
  comparedBy: [...EQUALITY, 'gt', 'gte', 'lt', 'lte'],
  schema: z.strictObject({
    ...baseShape,
    type: z.literal('number'),
    decimal: z.optional(z.boolean()),
    maxDecimalPlaces: z.optional(z.int().check(z.minimum(0), z.maximum(10))),
    min: z.optional(finite),
    max: z.optional(finite),
  }),
  read(ctx, q, raw) {
    const text = textOf(ctx, raw);
    const { enter, name } = label(ctx, 'number');
    if (text === undefined) return required(ctx, enter);
    const compact = text.trim().replace(/\s+/g, '');
    if (!/^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u.test(compact)) {
      return problem(ctx, 'number.not_a_number', message(ctx, 'number.not_a_number', 'number.not_a_number', { name }));
    }
    const decimals = compact.split('.')[1]?.length ?? 0;
    if (!q.decimal && decimals > 0) return problem(ctx, 'number.not_whole', message(ctx, 'number.not_whole', 'number.not_whole', { name }));
    const maxPlaces = q.maxDecimalPlaces ?? 10;
    if (decimals > maxPlaces) {
      return problem(
        ctx,
        'number.too_many_decimal_places',
        message(ctx, 'number.too_many_decimal_places', 'number.too_many_decimal_places', { name, max: maxPlaces }),
      );
    }
    const value = Number(compact.replace(/,/g, '').replace('−', '-'));
    if (!Number.isFinite(value) || (!q.decimal && !Number.isSafeInteger(value))) {
      return problem(ctx, 'number.not_a_number', message(ctx, 'number.not_a_number', 'number.not_a_number', { name }));
    }
    rangeCheck(ctx, value, q.min, q.max, name, (n) => n);
    return value + 0;
  },
  display: (_question, value, locale) =>
    new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB', { maximumFractionDigits: 10 }).format(value),
});

/** "between", "at least" or "at most", with the limits shown as `show` writes them (plain numbers, or money). */
export function rangeCheck(
  ctx: ReadContext,
  value: number,
  min: number | undefined,
  max: number | undefined,
  name: string,
  show: (n: number) => string | number,
): void {
  const low = min !== undefined && value < min;
  const high = max !== undefined && value > max;
  if (!low && !high) return;
  if (min !== undefined && max !== undefined) {
    problem(
      ctx,
      'number.out_of_range',
      message(ctx, 'number.out_of_range', 'number.out_of_range', { name, min: show(min), max: show(max) }),
    );
  } else if (low) {
    problem(ctx, 'number.too_small', message(ctx, 'number.too_small', 'number.too_small', { name, min: show(min ?? 0) }));
  } else {
    problem(ctx, 'number.too_big', message(ctx, 'number.too_big', 'number.too_big', { name, max: show(max ?? 0) }));
  }
}
