/**
 * Calendar dates for questions and conditions: plain `YYYY-MM-DD` strings, "today" in
 * Europe/London, and dates relative to today ("16 years ago").
 */
import * as z from 'zod/mini';
import { ValidationError } from '@civicbricks/core/errors';
import { isIsoDate, toIsoDate, type IsoDate } from '@civicbricks/core/working-days';
import { parseInput } from '@civicbricks/core/validation';

/**
 * A date a rule compares with: a fixed `YYYY-MM-DD`, `"today"`, or a date relative to
 * today, `{ "relative": { "years": -16 } }` meaning 16 years ago. Signs say the direction:
 * negative is in the past. Years and months move the calendar; a day that does not exist
 * in the target month (29 February in 2027) becomes the last day of that month.
 */
export type DateRef = string | { readonly relative: { readonly years?: number; readonly months?: number; readonly days?: number } };

const offset = z.optional(z.int().check(z.minimum(-2000), z.maximum(2000)));

export const DateRefSchema = z.union([
  z
    .string()
    .check(z.refine((value) => value === 'today' || isIsoDate(value), 'A date must be "today" or written YYYY-MM-DD, like 2026-04-06')),
  z.strictObject({
    relative: z.strictObject({ years: offset, months: offset, days: z.optional(z.int().check(z.minimum(-800_000), z.maximum(800_000))) }),
  }),
]);

/** The date a {@link DateRef} means on `today` (`YYYY-MM-DD` or a `Date`; default today in Europe/London). */
export function resolveDateRef(ref: DateRef, today?: string | Date): IsoDate {
  const checked = parseInput(DateRefSchema, ref, { path: ['ref'], codePrefix: 'registration.date_ref', what: 'date' }) as DateRef;
  return relativeTo(checked, readToday(today, ['today']));
}

export function relativeTo(ref: DateRef, today: IsoDate): IsoDate {
  if (typeof ref === 'string') return ref === 'today' ? today : (ref as IsoDate);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const months = y * 12 + (m - 1) + (ref.relative.years ?? 0) * 12 + (ref.relative.months ?? 0);
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  const base = new Date(0);
  base.setUTCFullYear(year, month - 1, day + (ref.relative.days ?? 0));
  return formatIso(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate());
}

export function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

export function formatIso(year: number, month: number, day: number): IsoDate {
  if (year < 1 || year > 9999) {
    throw new ValidationError('registration.date_out_of_range', 'A date must fall between the years 0001 and 9999', { path: ['date'] });
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/** Today's date in Europe/London, or the `today` a caller gave (checked). */
// The last date text read, since a service passes the same `today` on every call of a request.
let lastToday: { readonly text: string; readonly date: IsoDate } | undefined;

export function readToday(today: unknown, path: readonly (string | number)[]): IsoDate {
  if (today === undefined) return toIsoDate(new Date());
  if (typeof today === 'string' && today === lastToday?.text) return lastToday.date;
  if (typeof today === 'string' || today instanceof Date) {
    try {
      const date = toIsoDate(today);
      if (typeof today === 'string') lastToday = { text: today, date };
      return date;
    } catch {
      // fall through to the error below, with the caller's path
    }
  }
  throw new ValidationError('registration.invalid_today', '`today` must be a date written YYYY-MM-DD or a Date', { path });
}
