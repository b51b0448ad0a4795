/**
 * Timer deadlines: ISO 8601 durations in Europe/London calendar time, and working days.
 *
 * Every deadline is computed once, when its state is entered, and stored as an
 * absolute UTC instant, so restarting a process, moving a server to another time
 * zone or refreshing the bank-holiday feed never moves a deadline already set.
 */
import type { BankHolidayCalendar, UkDivision } from '@civicbricks/core/working-days';

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** An ISO 8601 duration split into its parts; all whole numbers. */
export interface Duration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/** Parses `P14D`, `PT48H`, `P1M2DT3H` ...; `undefined` for anything else, including a zero length. */
export function parseDuration(text: string): Duration | undefined {
  const match = DURATION.exec(text);
  if (!match || text.endsWith('T')) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (years + months + weeks + days + hours + minutes + seconds === 0) return undefined;
  if (![years, months, weeks, days, hours, minutes, seconds].every(Number.isSafeInteger)) return undefined;
  return { years, months, weeks, days, hours, minutes, seconds };
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

let london: Intl.DateTimeFormat | undefined;

interface LocalTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** The wall-clock time in Europe/London at an instant. */
export function londonLocal(time: number): LocalTime {
  london ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    calendar: 'gregory',
    numberingSystem: 'latn',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const parts: Record<string, number> = {};
  for (const part of london.formatToParts(new Date(time))) parts[part.type] = Number(part.value);
  return {
    year: parts.year ?? Number.NaN,
    month: parts.month ?? Number.NaN,
    day: parts.day ?? Number.NaN,
    hour: parts.hour ?? Number.NaN,
    minute: parts.minute ?? Number.NaN,
    second: parts.second ?? Number.NaN,
    millisecond: ((time % 1000) + 1000) % 1000,
  };
}

function utcOf(local: LocalTime): number {
  const date = new Date(0);
  date.setUTCFullYear(local.year, local.month - 1, local.day);
  date.setUTCHours(local.hour, local.minute, local.second, local.millisecond);
  return date.getTime();
}

/**
 * The instant of a Europe/London wall-clock time.
 *
 * London is on UTC+0 or UTC+1. A time that happens twice (the autumn hour) takes the
 * earlier instant; a time that never happens (the spring gap) moves forward by the
 * gap, so 01:30 on the spring change day becomes 02:30 BST. This is what
 * `Temporal`'s "compatible" disambiguation does.
 */
export function fromLondonLocal(local: LocalTime): number {
  const asUtc = utcOf(local);
  for (const candidate of [asUtc - HOUR, asUtc]) {
    if (utcOf(londonLocal(candidate)) === asUtc) return candidate;
  }
  return asUtc;
}

/**
 * `start` plus a calendar duration: years, months, weeks and days move the
 * Europe/London date and keep the wall-clock time (so P1D across a clock change is
 * 23 or 25 hours); hours, minutes and seconds are then added as elapsed time
 * (PT48H is always exactly 48 hours). A month step that lands on a day the month
 * lacks goes to its last day (31 January + P1M = 28 or 29 February).
 */
export function addCalendarDuration(start: number, duration: Duration): number {
  let time = start;
  if (duration.years || duration.months || duration.weeks || duration.days) {
    const local = londonLocal(start);
    const monthIndex = local.year * 12 + (local.month - 1) + duration.years * 12 + duration.months;
    const year = Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    const lastDay = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
    const day = Math.min(local.day, lastDay);
    const shifted = new Date(utcOf({ ...local, year, month, day }) + (duration.weeks * 7 + duration.days) * DAY);
    time = fromLondonLocal({
      ...local,
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
    });
  }
  return time + ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Counts UK working days: the `YYYY-MM-DD` date `workingDays` working days after the
 * Europe/London date of `start` (which itself never counts), in `division`, with
 * `calendar` when the registry gives one. `ukWorkingDays` from the main entry is
 * core's `addWorkingDays` over the bundled GOV.UK feed; the lean engine takes it, or
 * another counter, as an option so that browsers that never count working days do
 * not download the feed.
 */
export type WorkingDayCounter = (
  start: Date,
  workingDays: number,
  division: UkDivision,
  calendar: BankHolidayCalendar | undefined,
) => string;

/** How a working-day deadline is counted; see {@link workingDayDeadline}. */
export interface WorkingDaySpec {
  readonly workingDays: number;
  readonly division: UkDivision;
  /** `HH:MM` Europe/London on the last working day; absent means the end of that day. */
  readonly at?: string | undefined;
  readonly calendar?: BankHolidayCalendar | undefined;
}

/**
 * The deadline `n` working days after `start`.
 *
 * The day counted from is the Europe/London date of `start`, which itself never
 * counts (core's `addWorkingDays`): a request made on Friday 18 December 2026 with
 * 10 working days in England and Wales is due on Wednesday 6 January 2027. The
 * deadline is the end of that day (midnight Europe/London at its close), or the
 * given local time on it when `at` is set.
 */
export function workingDayDeadline(start: number, spec: WorkingDaySpec, count: WorkingDayCounter): number {
  const due = count(new Date(start), spec.workingDays, spec.division, spec.calendar);
  const [year, month, day] = due.split('-').map(Number) as [number, number, number];
  const [hour, minute] = spec.at === undefined ? [0, 0] : (spec.at.split(':').map(Number) as [number, number]);
  // Without `at`, the deadline is midnight at the close of the day: the start of the next one.
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day + (spec.at === undefined ? 1 : 0));
  return fromLondonLocal({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour,
    minute,
    second: 0,
    millisecond: 0,
  });
}
