import { describe, expect, it } from 'vitest';
import bundled from '../src/data/uk-bank-holidays.json' with { type: 'json' };
import { UnavailableError, ValidationError } from '../src/errors.js';
import {
  BankHolidayFeedSchema,
  createBankHolidayCalendar,
  getDefaultBankHolidayCalendar,
  GOVUK_BANK_HOLIDAYS_URL,
  isUkDivision,
  isWorkingDay,
  refreshBankHolidays,
  UK_DIVISIONS,
  type BankHolidayFeed,
  type BankHolidayFetch,
} from '../src/working-days.js';
import { rejection } from '../../../tests/support/rejection.js';

/** A small valid feed; `year` lets a test prove the new data is the one in use. */
function feedFor(year: number): BankHolidayFeed {
  const event = (title: string, date: string) => ({ title, date, notes: '', bunting: true });
  return {
    'england-and-wales': {
      division: 'england-and-wales',
      events: [event('New Year’s Day', `${year}-01-01`), event('Christmas Day', `${year}-12-25`)],
    },
    scotland: { division: 'scotland', events: [event('2nd January', `${year}-01-02`)] },
    'northern-ireland': { division: 'northern-ireland', events: [event('St Patrick’s Day', `${year}-03-17`)] },
  };
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function respond(status: number, body: string): BankHolidayFetch {
  return async () => ({ ok: status >= 200 && status < 300, status, text: async () => body });
}

describe('the bundled calendar', () => {
  it('covers 2018 to 2027 in every division, matching the JSON file', () => {
    const calendar = getDefaultBankHolidayCalendar();
    for (const division of UK_DIVISIONS) {
      const coverage = calendar.coverage(division);
      expect(coverage.firstYear).toBe(2018);
      expect(coverage.lastYear).toBe(2027);
      expect(coverage.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
      expect(calendar.holidays(division).map((holiday) => holiday.date)).toEqual(
        bundled[division].events.map((event) => event.date).sort(),
      );
    }
  });

  it('is built once and reused', () => {
    expect(getDefaultBankHolidayCalendar()).toBe(getDefaultBankHolidayCalendar());
  });

  it('cannot be changed by the code that uses it', () => {
    const calendar = getDefaultBankHolidayCalendar();
    const holidays = calendar.holidays('scotland');
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(holidays)).toBe(true);
    expect(Object.isFrozen(holidays[0])).toBe(true);
    expect(Object.isFrozen(calendar.coverage('scotland').years)).toBe(true);
  });

  it('turns back into the feed it came from, so a refreshed calendar can be stored and rebuilt', () => {
    const feed = getDefaultBankHolidayCalendar().toFeed();
    const rebuilt = createBankHolidayCalendar(clone(feed));
    for (const division of UK_DIVISIONS) {
      expect(rebuilt.holidays(division)).toEqual(getDefaultBankHolidayCalendar().holidays(division));
      expect(feed[division].events).toHaveLength(bundled[division].events.length);
    }
  });

  it('checks the division it is asked about', () => {
    expect(() => getDefaultBankHolidayCalendar().coverage('wales' as never)).toThrow(ValidationError);
    expect(() => getDefaultBankHolidayCalendar().holidays(undefined as never)).toThrow('`division` must be one of');
    expect(isUkDivision('scotland')).toBe(true);
    expect(isUkDivision('Scotland')).toBe(false);
  });
});

describe('createBankHolidayCalendar', () => {
  it('accepts the GOV.UK feed and a hand-written feed without notes or bunting', () => {
    const calendar = createBankHolidayCalendar({
      ...feedFor(2040),
      scotland: { division: 'scotland', events: [{ title: 'St Andrew’s Day', date: '2040-11-30' }] },
    });
    expect(calendar.holidays('scotland')).toEqual([
      { date: '2040-11-30', title: 'St Andrew’s Day', notes: '', bunting: false, division: 'scotland' },
    ]);
    expect(calendar.coverage('england-and-wales')).toEqual({ firstYear: 2040, lastYear: 2040, years: [2040] });
  });

  it('sorts events by date whatever order the feed lists them in', () => {
    const feed = feedFor(2040);
    feed['england-and-wales'].events.reverse();
    expect(
      createBankHolidayCalendar(feed)
        .holidays('england-and-wales')
        .map((holiday) => holiday.date),
    ).toEqual(['2040-01-01', '2040-12-25']);
  });

  it('reports every problem with its exact path', () => {
    const feed = clone(feedFor(2040)) as unknown as Record<string, { division: string; events: Record<string, unknown>[] }>;
    const scotland = feed['scotland'];
    const england = feed['england-and-wales'];
    if (!scotland || !england) throw new Error('fixture');
    scotland.events.push({ title: 'Bad', date: '2040-02-30', notes: '', bunting: true });
    england.division = 'scotland';
    england.events.push({ title: 5, date: '2040-05-05' });
    delete feed['northern-ireland'];
    let error: unknown;
    try {
      createBankHolidayCalendar(feed);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        ['england-and-wales', 'division'],
        ['england-and-wales', 'events', 2, 'title'],
        ['scotland', 'events', 1, 'date'],
        ['northern-ireland'],
      ]),
    );
    expect(issues).toHaveLength(4);
    expect(issues.every((issue) => issue.code.startsWith('working_days.feed.'))).toBe(true);
    expect(issues.find((issue) => issue.path.join('.') === 'scotland.events.1.date')?.message).toContain('real calendar date');
  });

  it('refuses a division with no holidays, which would look like a year with none', () => {
    const feed = clone(feedFor(2040));
    feed['northern-ireland'].events = [];
    expect(() => createBankHolidayCalendar(feed)).toThrow(/northern-ireland division has no bank holidays/);
  });

  it('refuses things that are not feeds', () => {
    for (const input of [null, 'feed', [], 42]) expect(() => createBankHolidayCalendar(input)).toThrow(ValidationError);
  });

  it('exports the schema so a stored feed can be checked on its own', () => {
    expect(BankHolidayFeedSchema['~standard'].validate(bundled)).toMatchObject({ value: expect.any(Object) });
  });
});

describe('refreshBankHolidays', () => {
  it('fetches the GOV.UK feed by default and returns a new calendar, changing nothing global', async () => {
    const calls: string[] = [];
    const fetch: BankHolidayFetch = async (url, init) => {
      calls.push(url);
      expect(init.headers['accept']).toBe('application/json');
      return { ok: true, status: 200, text: async () => JSON.stringify(feedFor(2040)) };
    };
    const calendar = await refreshBankHolidays({ fetch });
    expect(calls).toEqual([GOVUK_BANK_HOLIDAYS_URL]);
    expect(GOVUK_BANK_HOLIDAYS_URL).toBe('https://www.gov.uk/bank-holidays.json');
    expect(calendar.coverage('scotland').years).toEqual([2040]);
    expect(isWorkingDay('2040-12-25', { division: 'england-and-wales', calendar })).toBe(false);
    expect(getDefaultBankHolidayCalendar().coverage('scotland').lastYear).toBe(2027);
    expect(() => isWorkingDay('2040-12-24', { division: 'england-and-wales' })).toThrow(/2040/);
  });

  it('uses the URL it is given and passes the abort signal on', async () => {
    const controller = new AbortController();
    let seen: { url: string; signal: AbortSignal | undefined } | undefined;
    const fetch: BankHolidayFetch = async (url, init) => {
      seen = { url, signal: init.signal };
      return { ok: true, status: 200, text: async () => JSON.stringify(feedFor(2041)) };
    };
    await refreshBankHolidays({ fetch, url: 'https://mirror.example.gov.uk/holidays.json', signal: controller.signal });
    expect(seen).toEqual({ url: 'https://mirror.example.gov.uk/holidays.json', signal: controller.signal });
  });

  it('turns a network failure into a retryable UnavailableError', async () => {
    const cause = new TypeError('fetch failed');
    const error = await rejection(
      refreshBankHolidays({
        fetch: async () => {
          throw cause;
        },
      }),
    );
    expect(error).toBeInstanceOf(UnavailableError);
    expect(error).toMatchObject({ code: 'working_days.feed_unavailable', retryable: true, cause });
  });

  it('turns an HTTP error into an UnavailableError, retryable only when waiting could help', async () => {
    expect(await rejection(refreshBankHolidays({ fetch: respond(503, '') }))).toMatchObject({
      code: 'working_days.feed_unavailable',
      retryable: true,
    });
    expect(await rejection(refreshBankHolidays({ fetch: respond(429, '') }))).toMatchObject({ retryable: true });
    const notFound = await rejection(refreshBankHolidays({ fetch: respond(404, 'gone') }));
    expect(notFound).toBeInstanceOf(UnavailableError);
    expect(notFound).toMatchObject({ retryable: false });
    expect((notFound as Error).message).toContain('404');
  });

  it('turns a body that fails to download into an UnavailableError', async () => {
    const fetch: BankHolidayFetch = async () => ({
      ok: true,
      status: 200,
      text: async () => {
        throw new Error('socket hang up');
      },
    });
    expect(await rejection(refreshBankHolidays({ fetch }))).toBeInstanceOf(UnavailableError);
  });

  it('rejects a body that is not JSON with a ValidationError', async () => {
    const error = await rejection(refreshBankHolidays({ fetch: respond(200, '<html>Service unavailable</html>') }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: 'working_days.feed_invalid_json', retryable: false });
  });

  it('rejects JSON that is not a valid feed, with paths', async () => {
    const feed = clone(feedFor(2040));
    feed.scotland.events[0] = { title: '2nd January', date: 'second of January' };
    const error = await rejection(refreshBankHolidays({ fetch: respond(200, JSON.stringify(feed)) }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toEqual(['scotland', 'events', 0, 'date']);
  });

  it('checks its own options', async () => {
    expect(await rejection(refreshBankHolidays({ url: 'ftp://example.com/feed.json', fetch: respond(200, '{}') }))).toMatchObject({
      path: ['url'],
    });
    expect(await rejection(refreshBankHolidays({ url: 'not a url', fetch: respond(200, '{}') }))).toMatchObject({ path: ['url'] });
    expect(await rejection(refreshBankHolidays({ fetch: 'curl' as never }))).toMatchObject({ path: ['fetch'] });
    expect(await rejection(refreshBankHolidays({ fetch: respond(200, '{}'), timeout: 5 } as never))).toMatchObject({
      code: 'working_days.unknown_option',
      path: ['timeout'],
    });
    expect(await rejection(refreshBankHolidays(null as never))).toBeInstanceOf(ValidationError);
  });
});
