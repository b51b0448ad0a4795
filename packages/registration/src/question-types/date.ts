import { ValidationError } from '@civicbricks/core/errors';
import { monthName, type Locale, type Params } from '@civicbricks/core/i18n';
import { isIsoDate, type IsoDate } from '@civicbricks/core/working-days';
import * as z from 'zod/mini';
import { DateRefSchema, daysInMonth, formatIso, relativeTo, type DateRef } from '../dates.js';
import { questionMessages, type QuestionMessageKey } from '../messages.js';
import type { DatePart } from '../questions.js';
import { translatorFor } from '../validators/shared.js';
import { baseShape, EQUALITY, defineQuestionType, label, message, partsOf, problem, textOf, type QuestionBase } from './base.js';

/** A date in three boxes (day, month, year), stored `YYYY-MM-DD`. */
export type DateQuestion = QuestionBase & {
  readonly type: 'date';
  readonly mustBe?: 'past' | 'todayOrPast' | 'future' | 'todayOrFuture';
  /** For example `{ "relative": { "years": -16 } }`: at least 16 years ago. */
  readonly onOrBefore?: DateRef;
  readonly onOrAfter?: DateRef;
};

const ALL_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

export const date = defineQuestionType<DateQuestion, IsoDate>({
  type: 'date',
  comparedBy: [...EQUALITY, 'before', 'onOrBefore', 'after', 'onOrAfter'],
  schema: z.strictObject({
    ...baseShape,
    type: z.literal('date'),
    mustBe: z.optional(z.enum(['past', 'todayOrPast', 'future', 'todayOrFuture'])),
    onOrBefore: z.optional(DateRefSchema),
    onOrAfter: z.optional(DateRefSchema),
  }),
  prefillFrom: ['dateOfBirth'],
  read(ctx, q, raw) {
    const parts = partsOf(ctx, raw, 'an object { day, month, year }');
    const { enter, name } = label(ctx, 'date');
    const text: Record<DatePart, string | undefined> = {
      day: textOf(ctx, parts.day, ['day'])?.trim(),
      month: textOf(ctx, parts.month, ['month'])?.trim(),
      year: textOf(ctx, parts.year, ['year'])?.trim(),
    };
    const missing = ALL_PARTS.filter((part) => text[part] === undefined);
    if (missing.length === 3) {
      if (q.optional) return undefined;
      return problem(ctx, 'answer.required', translatorFor(questionMessages, ctx.locale)('required', { enter }), [], ALL_PARTS);
    }
    if (missing.length > 0) {
      const key = `date.missing_${missing.join('_')}` as QuestionMessageKey;
      return problem(
        ctx,
        'date.missing_parts',
        message(ctx, 'date.missing_parts', key, { name }),
        missing.length === 1 ? [missing[0] as DatePart] : [],
        missing,
      );
    }
    const day = /^\d{1,2}$/.test(text.day ?? '') ? Number(text.day) : Number.NaN;
    const month = readMonth((text.month ?? '').toLowerCase());
    const yearText = text.year ?? '';
    const bad: DatePart[] = [];
    if (!(day >= 1 && day <= 31)) bad.push('day');
    if (!(month >= 1 && month <= 12)) bad.push('month');
    if (!/^\d+$/.test(yearText)) bad.push('year');
    if (bad.length === 0 && yearText.length !== 4) {
      return problem(ctx, 'date.year_digits', message(ctx, 'date.year_digits', 'date.year_digits'), ['year'], ['year']);
    }
    const year = Number(yearText);
    if (bad.length === 0 && (year < 1 || day > daysInMonth(year, month))) bad.push(year < 1 ? 'year' : 'day');
    if (bad.length > 0) {
      return problem(
        ctx,
        'date.not_real',
        message(ctx, 'date.not_real', 'date.not_real', { name }),
        bad.length === 1 ? [bad[0] as DatePart] : [],
        bad,
      );
    }
    const value = formatIso(year, month, day);
    const rule = (code: string, key: QuestionMessageKey, params: Params = {}) =>
      problem(ctx, code, message(ctx, code, key, { name, ...params }), [], ALL_PARTS);
    const mustBe = q.mustBe;
    if (mustBe === 'past' && !(value < ctx.today)) return rule('date.past', 'date.past');
    if (mustBe === 'todayOrPast' && value > ctx.today) return rule('date.today_or_past', 'date.today_or_past');
    if (mustBe === 'future' && !(value > ctx.today)) return rule('date.future', 'date.future');
    if (mustBe === 'todayOrFuture' && value < ctx.today) return rule('date.today_or_future', 'date.today_or_future');
    if (q.onOrBefore !== undefined) {
      const limit = relativeTo(q.onOrBefore, ctx.today);
      if (value > limit) return rule('date.on_or_before', 'date.on_or_before', { date: formatDate(limit, ctx.locale) });
    }
    if (q.onOrAfter !== undefined) {
      const limit = relativeTo(q.onOrAfter, ctx.today);
      if (value < limit) return rule('date.on_or_after', 'date.on_or_after', { date: formatDate(limit, ctx.locale) });
    }
    return value;
  },
  display: (_question, value, locale) => formatDate(value, locale),
});

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// GOV.UK asks services to accept month names and their first three letters as well as numbers.
function readMonth(text: string): number {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const index = MONTHS.findIndex((month) => month === text || (text.length === 3 && month.startsWith(text)));
  return index === -1 ? Number.NaN : index + 1;
}

/** `2009-03-03` as people read it: `3 March 2009`, `3 Mawrth 2009`. */
export function formatDate(value: string, locale: Locale = 'en'): string {
  if (!isIsoDate(value))
    throw new ValidationError('registration.invalid_date', 'formatDate needs a date written YYYY-MM-DD', { path: ['date'] });
  if (locale !== 'en' && locale !== 'cy')
    throw new ValidationError('registration.invalid_locale', 'locale must be "en" or "cy"', { path: ['locale'] });
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return `${day} ${monthName(locale, month)} ${year}`;
}
