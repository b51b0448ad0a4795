/**
 * Calendar dates as day numbers.
 *
 * Working-day rules are about calendar days in the UK, not instants, so every
 * calculation here runs on whole day numbers (days since 1970-01-01, from
 * `Date.UTC` arithmetic) and never on local time: the machine's time zone and
 * the clock changes cannot move a deadline.
 */
import { describeType, formatPath, ValidationError, type ErrorPath, type Issue } from '../errors.js';

export { describeType };

declare const isoDateBrand: unique symbol;

/**
 * A real calendar date written `YYYY-MM-DD`, as returned by the working-day functions.
 *
 * Branded so a value checked once can be passed around without re-checking, while
 * staying a plain string in JSON, in a database column and in a URL.
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

/**
 * What the working-day functions accept as a date.
 *
 * A string must be a real `YYYY-MM-DD` date (no time, no offset): a deadline is a
 * calendar day, so a timestamp string would hide a time-zone decision. A `Date`
 * is an instant and is turned into its calendar date in Europe/London, which is
 * what "today" means to a UK service whatever the server's time zone.
 */
export type IsoDateInput = IsoDate | string | Date;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a calendar date (days since 1970-01-01), exact for years 1 to 9999. */
export function dayFromParts(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const time = new Date(0).setUTCFullYear(year, month - 1, day);
  return time / MS_PER_DAY;
}

/** The first day number we accept (0001-01-01): dates are written with four-digit years. */
export const MIN_DAY = dayFromParts(1, 1, 1);
/** The last day number we accept (9999-12-31), so every result can be written `YYYY-MM-DD`. */
export const MAX_DAY = dayFromParts(9999, 12, 31);

/** Year, month and day of a day number. */
export function partsFromDay(dayNumber: number): { year: number; month: number; day: number } {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The calendar year a day number falls in. */
export function yearOfDay(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCFullYear();
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOfDay(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** Writes a day number as `YYYY-MM-DD`. */
export function formatDay(dayNumber: number): IsoDate {
  const { year, month, day } = partsFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` as IsoDate;
}

/** Day number of a `YYYY-MM-DD` string, or `undefined` if it is not a real date. */
export function parseIsoDateString(value: string): number | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const dayNumber = dayFromParts(year, month, day);
  // 2026-02-30 rolls over to 2 March: a round trip catches every impossible day.
  const back = partsFromDay(dayNumber);
  if (back.year !== year || back.month !== month || back.day !== day) return undefined;
  return dayNumber;
}

let londonFormat: Intl.DateTimeFormat | undefined;

/** Day number of the calendar date in Europe/London at an instant (valid `Date` only). */
export function londonDayOfInstant(instant: Date): number | undefined {
  const time = instant.getTime();
  // A day either side of the accepted range, so the London date can still be checked below.
  if (!Number.isFinite(time) || time < (MIN_DAY - 1) * MS_PER_DAY || time > (MAX_DAY + 2) * MS_PER_DAY) return undefined;
  londonFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    calendar: 'gregory',
    numberingSystem: 'latn',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  let year = Number.NaN;
  let month = Number.NaN;
  let day = Number.NaN;
  let era = '';
  for (const part of londonFormat.formatToParts(instant)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
    else if (part.type === 'era') era = part.value;
  }
  if (era !== 'AD' || !Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  const dayNumber = dayFromParts(year, month, day);
  return dayNumber < MIN_DAY || dayNumber > MAX_DAY ? undefined : dayNumber;
}

/** True for a `Date` from any realm (an iframe, a VM context), where `instanceof` would fail. */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Day number of a date input, or records an issue at `path` and returns `undefined`.
 *
 * Messages never repeat the value: a date here may be someone's date of birth.
 */
export function readDay(value: unknown, path: ErrorPath, issues: Issue[]): number | undefined {
  const where = describePath(path);
  if (typeof value === 'string') {
    const dayNumber = parseIsoDateString(value);
    if (dayNumber !== undefined) return dayNumber;
    issues.push({
      code: 'working_days.invalid_date',
      path,
      message: ISO_DATE.test(value)
        ? `${where} is not a real calendar date: check that the day exists in that month`
        : `${where} must be a calendar date written YYYY-MM-DD, like 2026-04-06`,
    });
    return undefined;
  }
  if (isDate(value)) {
    const dayNumber = londonDayOfInstant(value);
    if (dayNumber !== undefined) return dayNumber;
    issues.push({
      code: 'working_days.invalid_date',
      path,
      message: `${where} is a Date that is invalid or outside the years 0001 to 9999`,
    });
    return undefined;
  }
  issues.push({
    code: 'working_days.invalid_date',
    path,
    message: `${where} must be a calendar date written YYYY-MM-DD or a Date, not ${describeType(value)}`,
  });
  return undefined;
}

/**
 * Checks a date and returns it as `YYYY-MM-DD`, turning a `Date` into its calendar date in Europe/London.
 *
 * Use it at the edge of a service ("what is today's date for this case?") so the
 * rest of the code stores and compares plain dates that mean the same thing on
 * every server, in every time zone, on both sides of a clock change.
 *
 * @throws {ValidationError} `working_days.invalid_date` when the value is not a real date.
 */
export function toIsoDate(value: IsoDateInput): IsoDate {
  const issues: Issue[] = [];
  const dayNumber = readDay(value, ['date'], issues);
  if (dayNumber === undefined) throw ValidationError.fromIssues(issues);
  return formatDay(dayNumber);
}

/**
 * True when the value is a real calendar date written `YYYY-MM-DD`.
 *
 * A type guard for data read from JSON or a form, so it can be used as an
 * {@link IsoDate} without a try/catch.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDateString(value) !== undefined;
}

/** How a path reads in a message: `` `closures[2].start` ``. */
export function describePath(path: ErrorPath): string {
  return path.length === 0 ? 'the date' : `\`${formatPath(path)}\``;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
