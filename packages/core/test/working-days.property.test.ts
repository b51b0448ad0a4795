import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import feed from '../src/data/uk-bank-holidays.json' with { type: 'json' };
import { ValidationError } from '../src/errors.js';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  toIsoDate,
  UK_DIVISIONS,
  workingDaysBetween,
  type IsoWeekday,
  type UkDivision,
  type WorkingDayOptions,
} from '../src/working-days.js';

// An oracle that shares no code with the implementation: holidays straight from the
// JSON file, weekdays and steps from Date objects in UTC.
const MS_PER_DAY = 86_400_000;
const holidaySets = Object.fromEntries(
  UK_DIVISIONS.map((division) => [division, new Set(feed[division].events.map((event) => event.date))]),
) as Record<UkDivision, Set<string>>;

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
function msOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}
function oracleWorking(iso: string, options: { division: UkDivision; weekend: readonly number[]; closures: readonly string[] }): boolean {
  const weekday = new Date(msOf(iso)).getUTCDay() || 7;
  return !options.weekend.includes(weekday) && !options.closures.includes(iso) && !holidaySets[options.division].has(iso);
}
function oracleAdd(
  iso: string,
  n: number,
  options: { division: UkDivision; weekend: readonly number[]; closures: readonly string[] },
): string {
  let ms = msOf(iso);
  let remaining = Math.abs(n);
  while (remaining > 0) {
    ms += Math.sign(n) * MS_PER_DAY;
    if (oracleWorking(isoOf(ms), options)) remaining -= 1;
  }
  return isoOf(ms);
}

const dayBetween = (first: string, last: string) =>
  fc.integer({ min: msOf(first) / MS_PER_DAY, max: msOf(last) / MS_PER_DAY }).map((day) => isoOf(day * MS_PER_DAY));
const covered = dayBetween('2018-01-01', '2027-12-31');
const middle = dayBetween('2019-01-01', '2026-12-31');
const division = fc.constantFrom(...UK_DIVISIONS);
const weekend = fc.subarray<IsoWeekday>([1, 2, 3, 4, 5, 6, 7], { maxLength: 6 });
const plainOptions = fc.record({ division, weekend, closures: fc.array(covered, { maxLength: 12 }) });
// Years beyond the feed count as having no holidays, exactly like the oracle, so long counts can run past 2027.
const toOptions = (options: { division: UkDivision; weekend: IsoWeekday[]; closures: string[] }): WorkingDayOptions => ({
  ...options,
  beyondCoverage: 'assume-none',
});
const count = fc.integer({ min: -80, max: 80 });

describe('working days, property-based', () => {
  it('a day is working exactly when it is not a weekend day, a closure or a bank holiday in the JSON file', () => {
    fc.assert(
      fc.property(covered, plainOptions, (date, options) => {
        expect(isWorkingDay(date, options)).toBe(oracleWorking(date, options));
      }),
      { numRuns: 2000 },
    );
  });

  it('weekend, closure and bank-holiday days are never working days', () => {
    const holiday = division.chain((name) => fc.constantFrom(...feed[name].events).map((event) => ({ name, date: event.date })));
    fc.assert(
      fc.property(holiday, weekend, fc.array(covered, { maxLength: 5 }), ({ name, date }, weekendDays, closures) => {
        expect(isWorkingDay(date, { division: name, weekend: weekendDays, closures })).toBe(false);
      }),
    );
    fc.assert(
      fc.property(covered, plainOptions, (date, options) => {
        expect(isWorkingDay(date, { ...options, closures: [...options.closures, date] })).toBe(false);
        const weekday = (new Date(msOf(date)).getUTCDay() || 7) as IsoWeekday;
        if (options.weekend.length < 6 || options.weekend.includes(weekday)) {
          const withWeekday = [...new Set<IsoWeekday>([...options.weekend, weekday])];
          expect(isWorkingDay(date, { ...options, weekend: withWeekday })).toBe(false);
        }
      }),
    );
  });

  it('addWorkingDays agrees with a day-by-day walk over the JSON file', () => {
    fc.assert(
      fc.property(middle, count, plainOptions, (date, n, options) => {
        expect(addWorkingDays(date, n, toOptions(options))).toBe(oracleAdd(date, n, options));
      }),
      { numRuns: 500 },
    );
  });

  it('addWorkingDays then workingDaysBetween gives n back (any start for n >= 0, a working start for n < 0)', () => {
    fc.assert(
      fc.property(middle, count, plainOptions, (date, n, raw) => {
        const options = toOptions(raw);
        fc.pre(n >= 0 || isWorkingDay(date, options));
        expect(workingDaysBetween(date, addWorkingDays(date, n, options), options)).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('addWorkingDays lands on a working day whenever n is not 0, and on the date itself when it is', () => {
    fc.assert(
      fc.property(middle, count, plainOptions, (date, n, raw) => {
        const options = toOptions(raw);
        const result = addWorkingDays(date, n, options);
        if (n === 0) expect(result).toBe(date);
        else {
          expect(isWorkingDay(result, options)).toBe(true);
          expect(Math.sign(msOf(result) - msOf(date))).toBe(Math.sign(n));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('adding a then b from a working day is adding a + b (same direction)', () => {
    const part = fc.integer({ min: 0, max: 40 });
    fc.assert(
      fc.property(middle, part, part, fc.boolean(), plainOptions, (date, a, b, backwards, raw) => {
        const options = toOptions(raw);
        fc.pre(isWorkingDay(date, options));
        const sign = backwards ? -1 : 1;
        expect(addWorkingDays(addWorkingDays(date, sign * a, options), sign * b, options)).toBe(
          addWorkingDays(date, sign * (a + b), options),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('nextWorkingDay and previousWorkingDay undo each other on working days, and skip nothing', () => {
    fc.assert(
      fc.property(middle, plainOptions, (date, raw) => {
        const options = toOptions(raw);
        const next = nextWorkingDay(date, options);
        const previous = previousWorkingDay(date, options);
        expect(next).toBe(oracleAdd(date, 1, raw));
        expect(previous).toBe(oracleAdd(date, -1, raw));
        if (isWorkingDay(date, options)) {
          expect(previousWorkingDay(next, options)).toBe(date);
          expect(nextWorkingDay(previous, options)).toBe(date);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('workingDaysBetween is antisymmetric, additive and counts the working days after start up to end', () => {
    fc.assert(
      fc.property(middle, middle, middle, plainOptions, (a, b, c, raw) => {
        const options = toOptions(raw);
        const ab = workingDaysBetween(a, b, options);
        // `+ 0` because the implementation never returns -0, which JSON would write as 0 anyway.
        expect(workingDaysBetween(b, a, options)).toBe(-ab + 0);
        expect(ab + workingDaysBetween(b, c, options)).toBe(workingDaysBetween(a, c, options));
        const [from, to] = a <= b ? [a, b] : [b, a];
        let expected = 0;
        for (let ms = msOf(from) + MS_PER_DAY; ms <= msOf(to); ms += MS_PER_DAY) if (oracleWorking(isoOf(ms), raw)) expected += 1;
        expect(Math.abs(ab)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('dates, property-based', () => {
  // The UK rule since 1996: BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
  function lastSundayAtOneUtc(year: number, month: number): number {
    const lastDay = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
  }
  function londonDate(ms: number): string {
    const year = new Date(ms).getUTCFullYear();
    const summer = ms >= lastSundayAtOneUtc(year, 2) && ms < lastSundayAtOneUtc(year, 9);
    return isoOf(ms + (summer ? 3_600_000 : 0));
  }

  it('a Date becomes its calendar date in Europe/London', () => {
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2037, 11, 31) });
    fc.assert(
      fc.property(instant, (ms) => {
        expect(toIsoDate(new Date(ms))).toBe(londonDate(ms));
      }),
      { numRuns: 3000 },
    );
  });

  it('the hours around each clock change map to the right London date', () => {
    const year = fc.integer({ min: 2000, max: 2037 });
    const offsetMinutes = fc.integer({ min: -26 * 60, max: 26 * 60 });
    fc.assert(
      fc.property(year, fc.constantFrom(2, 9), offsetMinutes, (y, month, minutes) => {
        const ms = lastSundayAtOneUtc(y, month) + minutes * 60_000;
        expect(toIsoDate(new Date(ms))).toBe(londonDate(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('every real date round-trips and every impossible day of the month is refused', () => {
    const year = fc.integer({ min: 1000, max: 9999 });
    const month = fc.integer({ min: 1, max: 12 });
    const pad = (value: number) => String(value).padStart(2, '0');
    fc.assert(
      fc.property(year, month, fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const text = `${y}-${pad(m)}-${pad(d)}`;
        const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
        if (d <= daysInMonth) expect(toIsoDate(text)).toBe(text);
        else expect(() => toIsoDate(text)).toThrow(ValidationError);
      }),
      { numRuns: 3000 },
    );
  });
});
