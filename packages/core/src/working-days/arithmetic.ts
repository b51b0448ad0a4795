/**
 * Working-day arithmetic for UK public services.
 *
 * A day is a working day unless it is a weekend day (Saturday and Sunday unless
 * the service says otherwise), a local closure day, or a bank holiday in the
 * service's division. Everything runs on whole day numbers, so results do not
 * depend on the server's time zone or on the clock changes.
 */
import { CivicError, ValidationError, type Issue } from '../errors.js';
import {
  dataOfCalendar,
  getDefaultBankHolidayCalendar,
  isUkDivision,
  UK_DIVISIONS,
  type BankHoliday,
  type BankHolidayCalendar,
  type BankHolidayCoverage,
  type DivisionData,
  type UkDivision,
} from './calendar.js';
import {
  describeType,
  formatDay,
  isoWeekdayOfDay,
  MAX_DAY,
  MIN_DAY,
  readDay,
  yearOfDay,
  type IsoDate,
  type IsoDateInput,
} from './iso-date.js';

/** An ISO weekday number: 1 = Monday ... 6 = Saturday, 7 = Sunday (the numbering `Temporal` uses too). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * A local closure: one day, or an inclusive range of days such as an office shut
 * between Christmas and New Year (`{ start: '2026-12-29', end: '2026-12-31' }`).
 */
export type ClosureInput = IsoDateInput | { readonly start: IsoDateInput; readonly end: IsoDateInput };

/**
 * What to do with a date in a year the bank-holiday calendar does not cover.
 *
 * - `'error'` (default): throw {@link BeyondKnownHolidaysError}, because quietly
 *   treating an unknown Christmas as a working day would make a deadline wrong.
 * - `'warn'`: call `onWarning` once per division and year, then assume no bank
 *   holidays that year (still honouring weekends and closures).
 * - `'assume-none'`: assume no bank holidays without telling anyone; for
 *   projections where "roughly" is good enough.
 */
export type BeyondCoverage = 'error' | 'warn' | 'assume-none';

/** Passed to `onWarning` when a calculation used a year with no known bank holidays. Carries no dates from the input. */
export interface CoverageWarning {
  readonly code: 'working_days.beyond_known_holidays';
  readonly division: UkDivision;
  readonly year: number;
  readonly message: string;
}

/** Options shared by every working-day function; see {@link WorkingDayOptions}. */
export interface BankHolidayOptions {
  /**
   * Required, with no default: the divisions' holidays differ, and a default of
   * England and Wales would silently give a Scottish or Northern Irish service
   * wrong deadlines.
   */
  readonly division: UkDivision;
  /** Defaults to the bundled GOV.UK snapshot ({@link getDefaultBankHolidayCalendar}). */
  readonly calendar?: BankHolidayCalendar;
  /** Defaults to `'error'`. */
  readonly beyondCoverage?: BeyondCoverage;
  /**
   * Used when `beyondCoverage` is `'warn'`; called at most once per year per
   * call. Defaults to `console.warn`, once per division and year for each calendar.
   */
  readonly onWarning?: (warning: CoverageWarning) => void;
}

/**
 * How a service counts working days.
 *
 * Options are read afresh on every call, so one object can be kept per service
 * and shared; nothing is cached against it.
 */
export interface WorkingDayOptions extends BankHolidayOptions {
  /** ISO weekday numbers that are never working days. Defaults to `[6, 7]` (Saturday and Sunday); `[7]` for a service open on Saturdays, `[]` for every day. */
  readonly weekend?: readonly IsoWeekday[];
  /** Local closure days on top of bank holidays, for example an office shut between Christmas and New Year. */
  readonly closures?: readonly ClosureInput[];
}

/**
 * Thrown when a calculation needs the bank holidays of a year the calendar does not know.
 *
 * A separate class (not a {@link ValidationError}) because the input is fine: the
 * data is missing, and the fix is to load a newer feed, not to change the date.
 */
export class BeyondKnownHolidaysError extends CivicError {
  readonly division: UkDivision;
  readonly year: number;
  readonly coverage: BankHolidayCoverage;

  constructor(division: UkDivision, year: number, coverage: BankHolidayCoverage) {
    super(
      'working_days.beyond_known_holidays',
      `${unknownYear(division, year, coverage)} Load a newer feed with refreshBankHolidays() and pass it as the \`calendar\` option, ` +
        "or set `beyondCoverage` to 'warn' or 'assume-none' to count that year without bank holidays.",
      { path: [] },
    );
    this.division = division;
    this.year = year;
    this.coverage = coverage;
  }
}

function unknownYear(division: UkDivision, year: number, coverage: BankHolidayCoverage): string {
  const known =
    coverage.years.length === coverage.lastYear - coverage.firstYear + 1
      ? `${coverage.firstYear} to ${coverage.lastYear}`
      : coverage.years.join(', ');
  return `The bank holidays for ${division} in ${year} are not known (this calendar covers ${known}).`;
}

const DEFAULT_WEEKEND: readonly IsoWeekday[] = [6, 7];
const OPTION_KEYS = new Set(['division', 'calendar', 'beyondCoverage', 'onWarning', 'weekend', 'closures']);
const BEYOND_COVERAGE: readonly BeyondCoverage[] = ['error', 'warn', 'assume-none'];

// The default warning goes to the console once per calendar, division and year, so a
// busy service logs each gap in its data once instead of on every request.
const consoleWarned = new WeakMap<BankHolidayCalendar, Set<string>>();

function consoleWarning(calendar: BankHolidayCalendar): (warning: CoverageWarning) => void {
  return (warning) => {
    let seen = consoleWarned.get(calendar);
    if (!seen) {
      seen = new Set();
      consoleWarned.set(calendar, seen);
    }
    const key = `${warning.division}:${warning.year}`;
    if (seen.has(key)) return;
    seen.add(key);
    console.warn(`[civicbricks] ${warning.message}`);
  };
}

/** Everything a calculation needs, checked and precomputed once per call. */
class Rules {
  private readonly weekend: readonly boolean[];
  private readonly closedDays: ReadonlySet<number>;
  private readonly closedRanges: readonly (readonly [number, number])[];
  private readonly warnedYears = new Set<number>();

  constructor(
    readonly data: DivisionData,
    weekend: readonly number[],
    closedDays: ReadonlySet<number>,
    closedRanges: readonly (readonly [number, number])[],
    private readonly beyondCoverage: BeyondCoverage,
    private readonly onWarning: (warning: CoverageWarning) => void,
  ) {
    const mask = new Array<boolean>(8).fill(false);
    for (const weekday of weekend) mask[weekday] = true;
    this.weekend = mask;
    this.closedDays = closedDays;
    this.closedRanges = closedRanges;
  }

  isWorking(day: number): boolean {
    if (this.weekend[isoWeekdayOfDay(day)]) return false;
    if (this.closedDays.has(day)) return false;
    for (const [start, end] of this.closedRanges) if (day >= start && day <= end) return false;
    if (this.data.holidaySet.has(day)) return false;
    // Only now does it matter whether the holidays of this year are known.
    if (!this.isCovered(day)) this.beyond(yearOfDay(day));
    return true;
  }

  isCovered(day: number): boolean {
    for (const [start, end] of this.data.coveredRanges) if (day >= start && day <= end) return true;
    return false;
  }

  /** Applies the `beyondCoverage` choice to a year with no known holidays. */
  beyond(year: number): void {
    if (this.beyondCoverage === 'assume-none') return;
    const { division, coverage } = this.data;
    if (this.beyondCoverage === 'error') throw new BeyondKnownHolidaysError(division, year, coverage);
    if (this.warnedYears.has(year)) return;
    this.warnedYears.add(year);
    const message = `${unknownYear(division, year, coverage)} Counting ${year} as having no bank holidays; load a newer feed with refreshBankHolidays() to fix this.`;
    this.onWarning({ code: 'working_days.beyond_known_holidays', division, year, message });
  }
}

/** Checks options (collecting issues) and builds the rules for one call. */
function readRules(options: unknown, issues: Issue[]): Rules | undefined {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    issues.push({
      code: 'working_days.invalid_option',
      path: ['options'],
      message: `The options must be an object with at least a \`division\`, not ${describeType(options)}`,
    });
    return undefined;
  }
  const record = options as Record<string, unknown>;
  const before = issues.length;
  for (const key of Object.keys(record)) {
    if (!OPTION_KEYS.has(key)) {
      issues.push({
        code: 'working_days.unknown_option',
        path: [key],
        message: `\`${key}\` is not a working-day option: use ${[...OPTION_KEYS].join(', ')}`,
      });
    }
  }

  const {
    division,
    calendar = getDefaultBankHolidayCalendar(),
    beyondCoverage = 'error',
    onWarning,
    weekend = DEFAULT_WEEKEND,
    closures = [],
  } = record;
  if (!isUkDivision(division)) {
    issues.push({
      code: 'working_days.invalid_division',
      path: ['division'],
      message:
        division === undefined
          ? `\`division\` is missing: choose ${UK_DIVISIONS.map((name) => `"${name}"`).join(', ')}, because their bank holidays differ`
          : `\`division\` must be one of ${UK_DIVISIONS.map((name) => `"${name}"`).join(', ')}`,
    });
  }
  const data = dataOfCalendar(calendar);
  if (!data) {
    issues.push({
      code: 'working_days.invalid_calendar',
      path: ['calendar'],
      message: '`calendar` must come from createBankHolidayCalendar() or refreshBankHolidays()',
    });
  }
  if (!(BEYOND_COVERAGE as readonly unknown[]).includes(beyondCoverage)) {
    issues.push({
      code: 'working_days.invalid_option',
      path: ['beyondCoverage'],
      message: "`beyondCoverage` must be 'error', 'warn' or 'assume-none'",
    });
  }
  if (onWarning !== undefined && typeof onWarning !== 'function') {
    issues.push({
      code: 'working_days.invalid_option',
      path: ['onWarning'],
      message: `\`onWarning\` must be a function, not ${describeType(onWarning)}`,
    });
  }

  const weekdays: number[] = [];
  if (!Array.isArray(weekend)) {
    issues.push({
      code: 'working_days.invalid_weekend',
      path: ['weekend'],
      message: `\`weekend\` must be a list of ISO weekday numbers (1 = Monday ... 7 = Sunday), not ${describeType(weekend)}`,
    });
  } else {
    weekend.forEach((weekday: unknown, index) => {
      if (Number.isInteger(weekday) && (weekday as number) >= 1 && (weekday as number) <= 7) weekdays.push(weekday as number);
      else
        issues.push({
          code: 'working_days.invalid_weekend',
          path: ['weekend', index],
          message: `\`weekend[${index}]\` must be an ISO weekday number from 1 (Monday) to 7 (Sunday)`,
        });
    });
    if (new Set(weekdays).size === 7) {
      issues.push({
        code: 'working_days.invalid_weekend',
        path: ['weekend'],
        message: '`weekend` cannot contain all seven days: there would be no working days at all',
      });
    }
  }

  const closedDays = new Set<number>();
  const closedRanges: [number, number][] = [];
  if (!Array.isArray(closures)) {
    issues.push({
      code: 'working_days.invalid_closures',
      path: ['closures'],
      message: `\`closures\` must be a list of dates or { start, end } ranges, not ${describeType(closures)}`,
    });
  } else {
    closures.forEach((closure: unknown, index) => {
      if (typeof closure === 'object' && closure !== null && !isDateLike(closure)) {
        const { start, end } = closure as { start?: unknown; end?: unknown };
        const first = readDay(start, ['closures', index, 'start'], issues);
        const last = readDay(end, ['closures', index, 'end'], issues);
        if (first === undefined || last === undefined) return;
        if (last < first) {
          issues.push({
            code: 'working_days.invalid_closures',
            path: ['closures', index, 'end'],
            message: `\`closures[${index}].end\` must be on or after its start`,
          });
        } else if (first === last) {
          closedDays.add(first);
        } else {
          closedRanges.push([first, last]);
        }
        return;
      }
      const day = readDay(closure, ['closures', index], issues);
      if (day !== undefined) closedDays.add(day);
    });
  }

  if (issues.length > before || !data || !isUkDivision(division)) return undefined;
  const warn = (onWarning as ((warning: CoverageWarning) => void) | undefined) ?? consoleWarning(calendar as BankHolidayCalendar);
  return new Rules(data[division], weekdays, closedDays, closedRanges, beyondCoverage as BeyondCoverage, warn);
}

function isDateLike(value: object): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function readCount(value: unknown, issues: Issue[]): number | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) {
    if (Math.abs(value) <= MAX_DAY - MIN_DAY) return value;
    issues.push({ code: 'working_days.out_of_range', path: ['n'], message: '`n` is too large: the result would be beyond the year 9999' });
    return undefined;
  }
  issues.push({
    code: 'working_days.invalid_count',
    path: ['n'],
    message: `\`n\` must be a whole number of working days, not ${typeof value === 'number' ? 'a fraction or infinity' : describeType(value)}`,
  });
  return undefined;
}

function fail(issues: Issue[]): never {
  throw ValidationError.fromIssues(issues);
}

/** Steps `count` working days from `day` in direction `step`, not counting `day` itself. */
function walk(rules: Rules, day: number, count: number, step: 1 | -1, field: string): number {
  let current = day;
  let remaining = count;
  while (remaining > 0) {
    current += step;
    if (current < MIN_DAY || current > MAX_DAY) {
      throw new ValidationError('working_days.out_of_range', 'The result would be outside the years 0001 to 9999', { path: [field] });
    }
    if (rules.isWorking(current)) remaining -= 1;
  }
  return current;
}

/**
 * Whether a service is open on a date: not a weekend day, not a closure, not a bank holiday.
 *
 * A weekend or closure day is never a working day, even in a year the calendar
 * does not cover, so only a weekday outside the calendar's years can throw.
 *
 * @throws {ValidationError} `working_days.invalid_date` (path `date`) or an invalid option (path names the option).
 * @throws {BeyondKnownHolidaysError} when the answer depends on bank holidays the calendar does not know and `beyondCoverage` is `'error'`.
 */
export function isWorkingDay(date: IsoDateInput, options: WorkingDayOptions): boolean {
  const issues: Issue[] = [];
  const day = readDay(date, ['date'], issues);
  const rules = readRules(options, issues);
  if (day === undefined || !rules) fail(issues);
  return rules.isWorking(day);
}

/**
 * The date `n` working days after `date` (before it when `n` is negative): "reply within 10 working days".
 *
 * `date` itself never counts, and it need not be a working day: 1 working day
 * after a Saturday is the Monday (if Monday is a working day). Adding 0 returns
 * `date` unchanged, even on a non-working day, so that
 * `workingDaysBetween(date, addWorkingDays(date, n)) === n` for every date when
 * `n >= 0` and for every working date when `n < 0`. To move a non-working date on
 * to the next working day, use `isWorkingDay(d) ? d : nextWorkingDay(d)`.
 *
 * @throws {ValidationError} for an invalid date (path `date`), a non-integer `n` (path `n`) or an invalid option.
 * @throws {BeyondKnownHolidaysError} when the count runs into a year the calendar does not cover and `beyondCoverage` is `'error'`.
 */
export function addWorkingDays(date: IsoDateInput, n: number, options: WorkingDayOptions): IsoDate {
  const issues: Issue[] = [];
  const day = readDay(date, ['date'], issues);
  const count = readCount(n, issues);
  const rules = readRules(options, issues);
  if (day === undefined || count === undefined || !rules) fail(issues);
  return formatDay(walk(rules, day, Math.abs(count), count < 0 ? -1 : 1, 'n'));
}

/**
 * How many working days from `start` to `end`: those after `start`, up to and including `end`.
 *
 * This is the count `addWorkingDays` moves by, so "how many working days has this
 * case been open?" and "when is it due?" agree. When `end` is before `start` the
 * answer is negative and mirrors the forward count exactly:
 * `workingDaysBetween(a, b) === -workingDaysBetween(b, a)`. The same date gives 0.
 *
 * @throws {ValidationError} for an invalid `start` or `end` (path names which) or an invalid option.
 * @throws {BeyondKnownHolidaysError} when the range includes a weekday in a year the calendar does not cover and `beyondCoverage` is `'error'`.
 */
export function workingDaysBetween(start: IsoDateInput, end: IsoDateInput, options: WorkingDayOptions): number {
  const issues: Issue[] = [];
  const first = readDay(start, ['start'], issues);
  const last = readDay(end, ['end'], issues);
  const rules = readRules(options, issues);
  if (first === undefined || last === undefined || !rules) fail(issues);
  const [from, to, sign] = first <= last ? [first, last, 1] : [last, first, -1];
  let count = 0;
  for (let day = from + 1; day <= to; day += 1) if (rules.isWorking(day)) count += 1;
  return count === 0 ? 0 : sign * count;
}

/**
 * The first working day after `date` (never `date` itself): the day a request
 * made on a bank holiday, or after closing, starts being handled.
 *
 * On a working day, `previousWorkingDay(nextWorkingDay(d))` is `d` again.
 *
 * @throws {ValidationError} for an invalid date (path `date`) or an invalid option.
 * @throws {BeyondKnownHolidaysError} when the search runs beyond the calendar's years and `beyondCoverage` is `'error'`.
 */
export function nextWorkingDay(date: IsoDateInput, options: WorkingDayOptions): IsoDate {
  const issues: Issue[] = [];
  const day = readDay(date, ['date'], issues);
  const rules = readRules(options, issues);
  if (day === undefined || !rules) fail(issues);
  return formatDay(walk(rules, day, 1, 1, 'date'));
}

/**
 * The last working day before `date` (never `date` itself): for "must arrive by
 * the working day before the hearing".
 *
 * On a working day, `nextWorkingDay(previousWorkingDay(d))` is `d` again.
 *
 * @throws {ValidationError} for an invalid date (path `date`) or an invalid option.
 * @throws {BeyondKnownHolidaysError} when the search runs beyond the calendar's years and `beyondCoverage` is `'error'`.
 */
export function previousWorkingDay(date: IsoDateInput, options: WorkingDayOptions): IsoDate {
  const issues: Issue[] = [];
  const day = readDay(date, ['date'], issues);
  const rules = readRules(options, issues);
  if (day === undefined || !rules) fail(issues);
  return formatDay(walk(rules, day, 1, -1, 'date'));
}

/**
 * The bank holidays in a division from `start` to `end`, both included, in date order.
 *
 * For showing staff and citizens why a deadline moved ("Easter Monday and the
 * Early May bank holiday are not counted"). `weekend` and `closures` are accepted,
 * so one options object serves every function, but ignored: the list is GOV.UK's.
 * If the range reaches a year the calendar does not cover, the list would be
 * silently incomplete, so `beyondCoverage` applies as elsewhere.
 *
 * @throws {ValidationError} for an invalid `start` or `end`, `end` before `start` (path `end`), or an invalid option.
 * @throws {BeyondKnownHolidaysError} when the range includes a year the calendar does not cover and `beyondCoverage` is `'error'`.
 */
export function bankHolidaysBetween(
  start: IsoDateInput,
  end: IsoDateInput,
  options: BankHolidayOptions | WorkingDayOptions,
): readonly BankHoliday[] {
  const issues: Issue[] = [];
  const first = readDay(start, ['start'], issues);
  const last = readDay(end, ['end'], issues);
  const rules = readRules(options, issues);
  if (first !== undefined && last !== undefined && last < first) {
    issues.push({ code: 'working_days.range_reversed', path: ['end'], message: '`end` must be on or after `start`' });
  }
  if (first === undefined || last === undefined || !rules || issues.length > 0) fail(issues);
  const covered = new Set(rules.data.coverage.years);
  for (let year = yearOfDay(first); year <= yearOfDay(last); year += 1) if (!covered.has(year)) rules.beyond(year);
  const { holidays, holidayDays } = rules.data;
  const found: BankHoliday[] = [];
  holidayDays.forEach((day, index) => {
    const holiday = holidays[index];
    if (holiday && day >= first && day <= last) found.push(holiday);
  });
  return Object.freeze(found);
}
