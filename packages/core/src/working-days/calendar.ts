/**
 * UK bank-holiday calendars built from the GOV.UK feed.
 *
 * A calendar is an immutable value: refreshing the feed gives a new calendar that
 * the caller passes on explicitly, so two requests in one process can never see
 * different holidays because a third one refreshed a global in between.
 */
import * as z from 'zod/mini';
import bundledFeed from '../data/uk-bank-holidays.json' with { type: 'json' };
import { UnavailableError, ValidationError, type Issue } from '../errors.js';
import { parseInput } from '../validation.js';
import { dayFromParts, describeType, formatDay, parseIsoDateString, type IsoDate } from './iso-date.js';

export { UK_DIVISIONS, type UkDivision } from './divisions.js';
import { UK_DIVISIONS, type UkDivision } from './divisions.js';

/** Where the GOV.UK feed lives; the default for {@link refreshBankHolidays}. */
export const GOVUK_BANK_HOLIDAYS_URL = 'https://www.gov.uk/bank-holidays.json';

const FeedEventSchema = z.object({
  title: z.string(),
  date: z
    .string()
    .check(
      z.refine(
        (value) => parseIsoDateString(value) !== undefined,
        'Each bank holiday date must be a real calendar date written YYYY-MM-DD, like 2026-12-25',
      ),
    ),
  // GOV.UK always sends these; a hand-written local feed may leave them out.
  notes: z.optional(z.string()),
  bunting: z.optional(z.boolean()),
});

function divisionSchema<const Name extends UkDivision>(name: Name) {
  return z.object({
    division: z.literal(name),
    events: z
      .array(FeedEventSchema)
      .check(z.minLength(1, `The ${name} division has no bank holidays: the feed looks truncated, so it cannot be trusted`)),
  });
}

/**
 * The GOV.UK bank-holidays feed format, exported so a service can validate a feed
 * it stores or edits (for example a copy kept in its own database) before use.
 *
 * Each division's `division` field must repeat its key, which catches a feed
 * whose divisions were shuffled by hand.
 */
export const BankHolidayFeedSchema = z.object({
  'england-and-wales': divisionSchema('england-and-wales'),
  scotland: divisionSchema('scotland'),
  'northern-ireland': divisionSchema('northern-ireland'),
});

/** A bank-holiday feed in the GOV.UK JSON format, as {@link BankHolidayFeedSchema} accepts it. */
export type BankHolidayFeed = z.input<typeof BankHolidayFeedSchema>;

/** One bank holiday in one division, as the feed describes it. */
export interface BankHoliday {
  readonly date: IsoDate;
  /** GOV.UK's English title, for example "Boxing Day". */
  readonly title: string;
  /** `"Substitute day"` when the holiday moved off a weekend, otherwise usually empty. */
  readonly notes: string;
  /** Whether GOV.UK suggests flags out; kept because the feed carries it. */
  readonly bunting: boolean;
  readonly division: UkDivision;
}

/**
 * Which years a calendar knows the bank holidays for, in one division.
 *
 * A year counts as known when the feed lists at least one holiday in it (every UK
 * year has several), so a gap in a feed is reported as a gap instead of being
 * mistaken for a year without holidays.
 */
export interface BankHolidayCoverage {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Every known year, ascending; usually `firstYear` to `lastYear` without gaps. */
  readonly years: readonly number[];
}

/**
 * A checked, immutable set of UK bank holidays.
 *
 * Only {@link createBankHolidayCalendar}, {@link getDefaultBankHolidayCalendar}
 * and {@link refreshBankHolidays} make one, so the working-day functions can trust
 * it without checking the holidays again on every call.
 */
export interface BankHolidayCalendar {
  /** The years this calendar knows in a division; dates outside them are handled by the `beyondCoverage` option. */
  coverage(division: UkDivision): BankHolidayCoverage;
  /** Every bank holiday in a division, in date order. */
  holidays(division: UkDivision): readonly BankHoliday[];
  /** The feed this calendar was built from, to store a refreshed calendar and rebuild it later without the network. */
  toFeed(): BankHolidayFeed;
}

/** What the working-day functions need from a division, precomputed once per calendar. */
export interface DivisionData {
  readonly division: UkDivision;
  readonly holidays: readonly BankHoliday[];
  /** Day numbers of the holidays, parallel to `holidays`. */
  readonly holidayDays: readonly number[];
  readonly holidaySet: ReadonlySet<number>;
  readonly coverage: BankHolidayCoverage;
  /** Known years as inclusive day-number ranges, consecutive years merged. */
  readonly coveredRanges: readonly (readonly [number, number])[];
}

// Calendars are plain frozen objects; their precomputed data lives here, out of reach.
const calendarData = new WeakMap<BankHolidayCalendar, Readonly<Record<UkDivision, DivisionData>>>();

/** The precomputed data of a calendar made by this module, or `undefined` for anything else. */
export function dataOfCalendar(calendar: unknown): Readonly<Record<UkDivision, DivisionData>> | undefined {
  return typeof calendar === 'object' && calendar !== null ? calendarData.get(calendar as BankHolidayCalendar) : undefined;
}

/** True for one of the three division names. */
export function isUkDivision(value: unknown): value is UkDivision {
  return typeof value === 'string' && (UK_DIVISIONS as readonly string[]).includes(value);
}

function checkDivision(value: unknown): UkDivision {
  if (isUkDivision(value)) return value;
  throw new ValidationError(
    'working_days.invalid_division',
    `\`division\` must be one of ${UK_DIVISIONS.map((name) => `"${name}"`).join(', ')}, not ${typeof value === 'string' ? 'another string' : describeType(value)}`,
    { path: ['division'] },
  );
}

function buildDivision(division: UkDivision, events: BankHolidayFeed[UkDivision]['events']): DivisionData {
  const entries = events
    .map((event) => {
      // The schema has checked every date, so the day number is always there.
      const day = parseIsoDateString(event.date) ?? Number.NaN;
      const holiday: BankHoliday = Object.freeze({
        date: formatDay(day),
        title: event.title,
        notes: event.notes ?? '',
        bunting: event.bunting ?? false,
        division,
      });
      return { day, holiday };
    })
    .sort((a, b) => a.day - b.day);
  const years = [...new Set(entries.map(({ holiday }) => Number(holiday.date.slice(0, 4))))].sort((a, b) => a - b);
  const coveredRanges: [number, number][] = [];
  for (const year of years) {
    const first = dayFromParts(year, 1, 1);
    const last = dayFromParts(year, 12, 31);
    const previous = coveredRanges.at(-1);
    if (previous && previous[1] === first - 1) previous[1] = last;
    else coveredRanges.push([first, last]);
  }
  return Object.freeze({
    division,
    holidays: Object.freeze(entries.map(({ holiday }) => holiday)),
    holidayDays: Object.freeze(entries.map(({ day }) => day)),
    holidaySet: new Set(entries.map(({ day }) => day)),
    coverage: Object.freeze({
      // The schema insists on at least one event, so there is at least one year.
      firstYear: years[0] ?? Number.NaN,
      lastYear: years.at(-1) ?? Number.NaN,
      years: Object.freeze(years),
    }),
    coveredRanges: Object.freeze(coveredRanges.map((range) => Object.freeze(range))),
  });
}

/**
 * Checks a feed in the GOV.UK bank-holidays JSON format and builds a calendar from it.
 *
 * Takes `unknown` because a feed usually comes from a file, a database or the
 * network; every problem is reported at once with its path
 * (`scotland.events[3].date`) so a hand-edited feed can be fixed in one pass.
 *
 * @throws {ValidationError} codes starting `working_days.feed.` when the feed is not valid.
 */
export function createBankHolidayCalendar(feed: unknown): BankHolidayCalendar {
  const parsed = parseInput(BankHolidayFeedSchema, feed, { codePrefix: 'working_days.feed', what: 'bank holidays feed' });
  const data = Object.freeze({
    'england-and-wales': buildDivision('england-and-wales', parsed['england-and-wales'].events),
    scotland: buildDivision('scotland', parsed.scotland.events),
    'northern-ireland': buildDivision('northern-ireland', parsed['northern-ireland'].events),
  });
  const calendar: BankHolidayCalendar = Object.freeze({
    coverage: (division: UkDivision) => data[checkDivision(division)].coverage,
    holidays: (division: UkDivision) => data[checkDivision(division)].holidays,
    toFeed: (): BankHolidayFeed => {
      const divisionFeed = <Name extends UkDivision>(name: Name) => ({
        division: name,
        events: data[name].holidays.map(({ title, date, notes, bunting }) => ({ title, date, notes, bunting })),
      });
      return {
        'england-and-wales': divisionFeed('england-and-wales'),
        scotland: divisionFeed('scotland'),
        'northern-ireland': divisionFeed('northern-ireland'),
      };
    },
  });
  calendarData.set(calendar, data);
  return calendar;
}

let defaultCalendar: BankHolidayCalendar | undefined;

/**
 * The calendar built from the GOV.UK snapshot shipped in this package (see `src/data/README.md` for its years).
 *
 * Built on first use rather than at import, so importing core stays cheap for
 * code that never counts working days. It never changes while the process runs:
 * newer data comes from {@link refreshBankHolidays} and is passed explicitly.
 */
export function getDefaultBankHolidayCalendar(): BankHolidayCalendar {
  defaultCalendar ??= createBankHolidayCalendar(bundledFeed);
  return defaultCalendar;
}

/** The part of a `fetch` response that {@link refreshBankHolidays} uses. */
export interface BankHolidayFeedResponse {
  readonly ok: boolean;
  readonly status: number;
  text(): Promise<string>;
}

/**
 * A `fetch`-shaped function. The global `fetch` fits; tests and services with
 * their own HTTP client (proxy, retries, caching) pass one in.
 */
export type BankHolidayFetch = (
  url: string,
  init: { readonly headers: Record<string, string>; readonly signal?: AbortSignal },
) => Promise<BankHolidayFeedResponse>;

/** Options for {@link refreshBankHolidays}. */
export interface RefreshBankHolidaysOptions {
  /** Defaults to the global `fetch`. */
  readonly fetch?: BankHolidayFetch;
  /** Defaults to {@link GOVUK_BANK_HOLIDAYS_URL}; a service may point at its own mirror. */
  readonly url?: string;
  /** To give up after a timeout (`AbortSignal.timeout(5000)`) or when a request is cancelled. */
  readonly signal?: AbortSignal;
}

/**
 * Downloads the current GOV.UK feed and returns a new calendar built from it.
 *
 * Nothing global changes: the caller decides where the new calendar is used (pass
 * it as the `calendar` option, keep it for the day, store `toFeed()` to survive a
 * restart). Call it when dates near the end of the bundled years start to matter,
 * for example in a daily job.
 *
 * @throws {UnavailableError} `working_days.feed_unavailable` when the feed cannot be
 *   fetched; `retryable` is true for network failures, timeouts, 408, 429 and 5xx.
 * @throws {ValidationError} `working_days.feed_invalid_json` when the body is not JSON,
 *   or `working_days.feed.*` when it is JSON but not a valid feed.
 */
export async function refreshBankHolidays(options: RefreshBankHolidaysOptions = {}): Promise<BankHolidayCalendar> {
  const { fetchFn, url, signal } = checkRefreshOptions(options);
  const where = `the bank holidays feed at ${url}`;
  let response: BankHolidayFeedResponse;
  let body: string;
  try {
    response = await fetchFn(url, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (error) {
    throw new UnavailableError(
      'working_days.feed_unavailable',
      `Could not reach ${where}. Try again later; until then keep using the calendar you have.`,
      {
        cause: error,
      },
    );
  }
  if (!response.ok) {
    const status = response.status;
    throw new UnavailableError(
      'working_days.feed_unavailable',
      `${capitalise(where)} answered with HTTP status ${status}. Check the URL, or try again later.`,
      {
        retryable: status === 408 || status === 429 || status >= 500,
      },
    );
  }
  try {
    body = await response.text();
  } catch (error) {
    throw new UnavailableError('working_days.feed_unavailable', `The connection to ${where} failed while reading it. Try again later.`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new ValidationError('working_days.feed_invalid_json', `${capitalise(where)} did not send valid JSON, so it was not used.`, {
      cause: error,
    });
  }
  return createBankHolidayCalendar(json);
}

function checkRefreshOptions(options: unknown): { fetchFn: BankHolidayFetch; url: string; signal: AbortSignal | undefined } {
  const issues: Issue[] = [];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ValidationError('working_days.invalid_option', `The refresh options must be an object, not ${describeType(options)}`, {
      path: [],
    });
  }
  const { fetch: fetchOption, url: urlOption, signal, ...rest } = options as Record<string, unknown>;
  for (const key of Object.keys(rest)) {
    issues.push({
      code: 'working_days.unknown_option',
      path: [key],
      message: `\`${key}\` is not a refresh option: use fetch, url or signal`,
    });
  }
  let url = GOVUK_BANK_HOLIDAYS_URL;
  if (urlOption !== undefined) {
    if (typeof urlOption === 'string' && URL.canParse(urlOption) && /^https?:$/.test(new URL(urlOption).protocol)) url = urlOption;
    else issues.push({ code: 'working_days.invalid_option', path: ['url'], message: '`url` must be an absolute http or https URL' });
  }
  let fetchFn: BankHolidayFetch | undefined;
  if (fetchOption !== undefined) {
    if (typeof fetchOption === 'function') fetchFn = fetchOption as BankHolidayFetch;
    else
      issues.push({
        code: 'working_days.invalid_option',
        path: ['fetch'],
        message: `\`fetch\` must be a function, not ${describeType(fetchOption)}`,
      });
  } else if (typeof globalThis.fetch === 'function') {
    fetchFn = globalThis.fetch.bind(globalThis);
  } else {
    issues.push({
      code: 'working_days.invalid_option',
      path: ['fetch'],
      message: 'There is no global fetch here: pass a `fetch` function',
    });
  }
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    issues.push({
      code: 'working_days.invalid_option',
      path: ['signal'],
      message: `\`signal\` must be an AbortSignal, not ${describeType(signal)}`,
    });
  }
  if (issues.length > 0 || !fetchFn) throw ValidationError.fromIssues(issues);
  return { fetchFn, url, signal: signal as AbortSignal | undefined };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
