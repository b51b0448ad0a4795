import { afterEach, describe, expect, it, vi } from 'vitest';
import feed from '../src/data/uk-bank-holidays.json' with { type: 'json' };
import { CivicError, ValidationError } from '../src/errors.js';
import { thrown } from './support/thrown.js';
import {
  addWorkingDays,
  bankHolidaysBetween,
  BeyondKnownHolidaysError,
  createBankHolidayCalendar,
  isIsoDate,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  toIsoDate,
  UK_DIVISIONS,
  workingDaysBetween,
  type CoverageWarning,
  type UkDivision,
  type WorkingDayOptions,
} from '../src/working-days.js';

const EW = { division: 'england-and-wales' } as const;
const SCOT = { division: 'scotland' } as const;
const NI = { division: 'northern-ireland' } as const;

const caught = (run: () => unknown): Error => thrown(run, Error);

function validationIssue(run: () => unknown): { code: string; path: readonly (string | number)[]; message: string } {
  const error = caught(run);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues[0] ?? { code: '', path: [], message: '' };
}

describe('bank holidays from the bundled GOV.UK feed', () => {
  // Every date is checked in every division: a holiday of one must not leak into another.
  const everywhere: readonly UkDivision[] = UK_DIVISIONS;
  it.each<{ date: string; why: string; holidayIn: readonly UkDivision[] }>([
    { date: '2026-04-03', why: 'Good Friday, everywhere', holidayIn: everywhere },
    { date: '2026-04-06', why: 'Easter Monday, not in Scotland', holidayIn: ['england-and-wales', 'northern-ireland'] },
    { date: '2026-01-02', why: '2 January, Scotland only', holidayIn: ['scotland'] },
    { date: '2027-01-04', why: '2 January 2027 is a Saturday: Scotland has Monday 4 January', holidayIn: ['scotland'] },
    { date: '2023-07-12', why: 'Battle of the Boyne, Northern Ireland only', holidayIn: ['northern-ireland'] },
    { date: '2026-07-13', why: '12 July 2026 is a Sunday: Northern Ireland has Monday 13 July', holidayIn: ['northern-ireland'] },
    { date: '2026-03-17', why: 'St Patrick’s Day, Northern Ireland only', holidayIn: ['northern-ireland'] },
    { date: '2026-11-30', why: 'St Andrew’s Day, Scotland only', holidayIn: ['scotland'] },
    { date: '2026-08-03', why: 'Scotland’s early-August summer holiday', holidayIn: ['scotland'] },
    { date: '2026-08-31', why: 'the late-August summer holiday, not in Scotland', holidayIn: ['england-and-wales', 'northern-ireland'] },
  ])('$date: $why', ({ date, holidayIn }) => {
    for (const division of UK_DIVISIONS) expect(isWorkingDay(date, { division }), division).toBe(!holidayIn.includes(division));
  });

  it('knows the Christmas substitute days', () => {
    // 2021: Christmas on Saturday, Boxing Day on Sunday.
    expect(isWorkingDay('2021-12-27', EW)).toBe(false);
    expect(isWorkingDay('2021-12-28', EW)).toBe(false);
    expect(isWorkingDay('2021-12-29', EW)).toBe(true);
    // 2022: Christmas on Sunday, so Boxing Day stays on Monday and Christmas moves to Tuesday.
    expect(isWorkingDay('2022-12-26', EW)).toBe(false);
    expect(isWorkingDay('2022-12-27', EW)).toBe(false);
    // 2026: Boxing Day on Saturday moves to Monday 28 December.
    expect(isWorkingDay('2026-12-28', SCOT)).toBe(false);
    expect(bankHolidaysBetween('2026-12-28', '2026-12-28', EW)).toEqual([
      { date: '2026-12-28', title: 'Boxing Day', notes: 'Substitute day', bunting: true, division: 'england-and-wales' },
    ]);
  });

  it('knows the one-off holidays: Platinum Jubilee, State Funeral and coronation', () => {
    for (const division of UK_DIVISIONS) {
      expect(isWorkingDay('2022-06-03', { division })).toBe(false);
      expect(isWorkingDay('2022-09-19', { division })).toBe(false);
      expect(isWorkingDay('2023-05-08', { division })).toBe(false);
    }
    // The normal weekday around them is a working day.
    expect(isWorkingDay('2022-09-20', EW)).toBe(true);
    expect(bankHolidaysBetween('2022-09-19', '2022-09-19', SCOT).map((holiday) => holiday.title)).toEqual([
      'Bank Holiday for the State Funeral of Queen Elizabeth II',
    ]);
    expect(bankHolidaysBetween('2023-05-01', '2023-05-31', NI).map((holiday) => holiday.date)).toEqual([
      '2023-05-01',
      '2023-05-08',
      '2023-05-29',
    ]);
  });

  it('agrees with every event in the JSON file, in every division', () => {
    for (const division of UK_DIVISIONS) {
      const events = feed[division].events;
      for (const event of events) expect(isWorkingDay(event.date, { division, weekend: [] })).toBe(false);
      const listed = bankHolidaysBetween('2018-01-01', '2027-12-31', { division });
      expect(listed.map(({ date, title, notes, bunting }) => ({ date, title, notes, bunting }))).toEqual(
        [...events].sort((a, b) => a.date.localeCompare(b.date)),
      );
      expect(listed.every((holiday) => holiday.division === division)).toBe(true);
    }
  });

  it('lists holidays with both ends included and refuses a reversed range', () => {
    expect(bankHolidaysBetween('2026-04-03', '2026-04-06', EW).map((holiday) => holiday.title)).toEqual(['Good Friday', 'Easter Monday']);
    expect(bankHolidaysBetween('2026-04-04', '2026-04-05', EW)).toEqual([]);
    expect(validationIssue(() => bankHolidaysBetween('2026-04-06', '2026-04-03', EW))).toMatchObject({
      code: 'working_days.range_reversed',
      path: ['end'],
    });
  });
});

describe('addWorkingDays', () => {
  it('counts working days after the date, skipping weekends and bank holidays', () => {
    // 30 March 2026 is a Monday; Good Friday (3 April) and Easter Monday (6 April) fall inside.
    expect(addWorkingDays('2026-03-30', 10, EW)).toBe('2026-04-15');
    // Scotland works on Easter Monday, so the same 10 days end a day earlier.
    expect(addWorkingDays('2026-03-30', 10, SCOT)).toBe('2026-04-14');
    expect(addWorkingDays('2026-12-24', 1, EW)).toBe('2026-12-29');
    expect(addWorkingDays('2026-03-30', 1, EW)).toBe('2026-03-31');
  });

  it('does not count the start date, even when it is not a working day', () => {
    expect(addWorkingDays('2026-04-04', 1, EW)).toBe('2026-04-07'); // Saturday -> Tuesday after Easter Monday
    expect(addWorkingDays('2026-04-06', 1, SCOT)).toBe('2026-04-07');
  });

  it('returns the date unchanged when adding 0, working day or not', () => {
    expect(addWorkingDays('2026-04-04', 0, EW)).toBe('2026-04-04');
    expect(addWorkingDays('2026-04-06', 0, EW)).toBe('2026-04-06');
    expect(addWorkingDays('2026-04-07', 0, EW)).toBe('2026-04-07');
  });

  it('counts backwards for a negative n', () => {
    // Monday 5 January 2026: Scotland skips 2 January (Friday) and 1 January.
    expect(addWorkingDays('2026-01-05', -1, SCOT)).toBe('2025-12-31');
    expect(addWorkingDays('2026-01-05', -1, EW)).toBe('2026-01-02');
    expect(addWorkingDays('2026-04-07', -2, EW)).toBe('2026-04-01');
  });

  it('crosses years', () => {
    expect(addWorkingDays('2025-12-24', 3, SCOT)).toBe('2025-12-31');
    expect(addWorkingDays('2025-12-24', 4, SCOT)).toBe('2026-01-05');
    expect(addWorkingDays('2019-01-01', 2080, EW)).toBe('2027-03-25');
  });

  it('rejects a count that is not a whole number, naming `n`', () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null]) {
      expect(validationIssue(() => addWorkingDays('2026-01-05', n as number, EW))).toMatchObject({
        code: 'working_days.invalid_count',
        path: ['n'],
      });
    }
    expect(validationIssue(() => addWorkingDays('2026-01-05', 10_000_000, { ...EW, beyondCoverage: 'assume-none' }))).toMatchObject({
      code: 'working_days.out_of_range',
      path: ['n'],
    });
  });

  it('stops at the year 9999 instead of running off the calendar', () => {
    expect(validationIssue(() => addWorkingDays('9999-12-31', 1, { ...EW, beyondCoverage: 'assume-none' }))).toMatchObject({
      code: 'working_days.out_of_range',
    });
    expect(addWorkingDays('9999-12-30', 1, { ...EW, beyondCoverage: 'assume-none' })).toBe('9999-12-31');
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after start up to and including end', () => {
    // 25 Dec, 28 Dec and 1 Jan are holidays; 29-31 Dec and 4 Jan count.
    expect(workingDaysBetween('2026-12-24', '2027-01-04', EW)).toBe(4);
    expect(workingDaysBetween('2026-03-30', '2026-04-15', EW)).toBe(10);
    expect(workingDaysBetween('2026-03-30', '2026-03-31', EW)).toBe(1);
    expect(workingDaysBetween('2026-04-04', '2026-04-06', EW)).toBe(0);
  });

  it('is 0 for the same date and negative, mirrored, when end is before start', () => {
    expect(workingDaysBetween('2026-04-06', '2026-04-06', EW)).toBe(0);
    expect(workingDaysBetween('2027-01-04', '2026-12-24', EW)).toBe(-4);
    expect(workingDaysBetween('2026-04-07', addWorkingDays('2026-04-07', -7, EW), EW)).toBe(-7);
  });

  it('names the field that is wrong', () => {
    expect(validationIssue(() => workingDaysBetween('2026-01-01', 'next week', EW))).toMatchObject({
      code: 'working_days.invalid_date',
      path: ['end'],
    });
    const error = caught(() => workingDaysBetween('2026-02-30', 7 as never, EW)) as ValidationError;
    expect(error.issues.map((issue) => issue.path)).toEqual([['start'], ['end']]);
  });
});

describe('nextWorkingDay and previousWorkingDay', () => {
  it('never return the date itself', () => {
    expect(nextWorkingDay('2026-04-07', EW)).toBe('2026-04-08');
    expect(previousWorkingDay('2026-04-07', EW)).toBe('2026-04-02');
    expect(previousWorkingDay('2026-04-07', SCOT)).toBe('2026-04-06');
    expect(nextWorkingDay('2026-12-24', NI)).toBe('2026-12-29');
  });
});

describe('weekends and local closures', () => {
  it('uses Saturday and Sunday as the weekend by default', () => {
    expect(isWorkingDay('2026-04-11', EW)).toBe(false);
    expect(isWorkingDay('2026-04-12', EW)).toBe(false);
    expect(isWorkingDay('2026-04-13', EW)).toBe(true);
  });

  it('lets a service open on Saturdays use a Sunday-only weekend', () => {
    const saturdays = { ...EW, weekend: [7] } as const;
    expect(isWorkingDay('2026-04-11', saturdays)).toBe(true);
    expect(isWorkingDay('2026-04-12', saturdays)).toBe(false);
    expect(addWorkingDays('2026-04-10', 1, saturdays)).toBe('2026-04-11');
    // Bank holidays still apply: Saturday 4 April, then Tuesday 7 April after Easter Monday.
    expect(addWorkingDays('2026-04-02', 2, saturdays)).toBe('2026-04-07');
    expect(workingDaysBetween('2026-04-05', '2026-04-12', saturdays)).toBe(5);
  });

  it('lets a service open every day use an empty weekend, keeping bank holidays', () => {
    const everyDay = { ...EW, weekend: [] };
    expect(isWorkingDay('2026-04-12', everyDay)).toBe(true);
    expect(isWorkingDay('2026-04-06', everyDay)).toBe(false);
    expect(workingDaysBetween('2026-04-01', '2026-04-10', everyDay)).toBe(7);
  });

  it('skips single closure days and inclusive closure ranges', () => {
    const closed: WorkingDayOptions = { ...EW, closures: ['2026-04-08', { start: '2026-12-29', end: '2026-12-31' }] };
    expect(isWorkingDay('2026-04-08', closed)).toBe(false);
    expect(isWorkingDay('2026-04-08', EW)).toBe(true);
    expect(isWorkingDay('2026-12-29', closed)).toBe(false);
    expect(isWorkingDay('2026-12-31', closed)).toBe(false);
    expect(addWorkingDays('2026-12-24', 1, closed)).toBe('2027-01-04');
    expect(workingDaysBetween('2026-12-24', '2027-01-04', closed)).toBe(1);
    expect(nextWorkingDay('2026-04-07', closed)).toBe('2026-04-09');
  });

  it('accepts a Date as a closure and a one-day range', () => {
    const closed: WorkingDayOptions = { ...EW, closures: [new Date('2026-04-07T23:30:00Z'), { start: '2026-04-09', end: '2026-04-09' }] };
    expect(isWorkingDay('2026-04-08', closed)).toBe(false); // 23:30 UTC on 7 April is 00:30 on 8 April in London
    expect(isWorkingDay('2026-04-09', closed)).toBe(false);
    expect(isWorkingDay('2026-04-07', closed)).toBe(true);
  });

  it('rejects bad weekends and closures with the option’s path', () => {
    expect(validationIssue(() => isWorkingDay('2026-04-08', { ...EW, weekend: [6, 0] as never }))).toMatchObject({
      code: 'working_days.invalid_weekend',
      path: ['weekend', 1],
    });
    expect(validationIssue(() => addWorkingDays('2026-04-08', 1, { ...EW, weekend: [1, 2, 3, 4, 5, 6, 7] }))).toMatchObject({
      code: 'working_days.invalid_weekend',
      path: ['weekend'],
    });
    expect(validationIssue(() => isWorkingDay('2026-04-08', { ...EW, weekend: 'weekends' as never }))).toMatchObject({ path: ['weekend'] });
    expect(validationIssue(() => isWorkingDay('2026-04-08', { ...EW, closures: ['2026-04-01', '2026-04-31'] }))).toMatchObject({
      code: 'working_days.invalid_date',
      path: ['closures', 1],
    });
    expect(validationIssue(() => isWorkingDay('2026-04-08', { ...EW, closures: [{ start: '2026-04-09', end: 'soon' }] }))).toMatchObject({
      code: 'working_days.invalid_date',
      path: ['closures', 0, 'end'],
    });
    expect(
      validationIssue(() => isWorkingDay('2026-04-08', { ...EW, closures: [{ start: '2026-04-09', end: '2026-04-01' }] })),
    ).toMatchObject({
      code: 'working_days.invalid_closures',
      path: ['closures', 0, 'end'],
    });
  });
});

describe('options', () => {
  it('requires a division, because the divisions’ holidays differ', () => {
    const issue = validationIssue(() => isWorkingDay('2026-04-06', {} as never));
    expect(issue).toMatchObject({ code: 'working_days.invalid_division', path: ['division'] });
    expect(issue.message).toContain('missing');
    expect(validationIssue(() => isWorkingDay('2026-04-06', { division: 'wales' } as never))).toMatchObject({ path: ['division'] });
    expect(validationIssue(() => isWorkingDay('2026-04-06', undefined as never))).toMatchObject({
      code: 'working_days.invalid_option',
      path: ['options'],
    });
  });

  it('refuses unknown options, so a misspelt one is not silently ignored', () => {
    expect(validationIssue(() => isWorkingDay('2026-04-06', { ...EW, closure: ['2026-04-07'] } as never))).toMatchObject({
      code: 'working_days.unknown_option',
      path: ['closure'],
    });
  });

  it('refuses a calendar that was not built by createBankHolidayCalendar', () => {
    const fake = { coverage: () => ({ firstYear: 2000, lastYear: 3000, years: [] }), holidays: () => [], toFeed: () => feed };
    expect(validationIssue(() => isWorkingDay('2026-04-06', { ...EW, calendar: fake as never }))).toMatchObject({
      code: 'working_days.invalid_calendar',
      path: ['calendar'],
    });
  });

  it('refuses bad beyondCoverage and onWarning values', () => {
    expect(validationIssue(() => isWorkingDay('2026-04-06', { ...EW, beyondCoverage: 'ignore' as never }))).toMatchObject({
      path: ['beyondCoverage'],
    });
    expect(validationIssue(() => isWorkingDay('2026-04-06', { ...EW, onWarning: 'log' as never }))).toMatchObject({ path: ['onWarning'] });
  });

  it('uses the calendar it is given instead of the bundled one', () => {
    const onlyBoxingDay = createBankHolidayCalendar({
      'england-and-wales': {
        division: 'england-and-wales',
        events: [{ title: 'Boxing Day', date: '2026-12-28', notes: '', bunting: true }],
      },
      scotland: { division: 'scotland', events: [{ title: 'Boxing Day', date: '2026-12-28' }] },
      'northern-ireland': { division: 'northern-ireland', events: [{ title: 'Boxing Day', date: '2026-12-28' }] },
    });
    expect(isWorkingDay('2026-04-06', { ...EW, calendar: onlyBoxingDay })).toBe(true);
    expect(isWorkingDay('2026-12-28', { ...EW, calendar: onlyBoxingDay })).toBe(false);
  });
});

describe('dates', () => {
  it('rejects impossible dates, words and wrong types, naming the field', () => {
    const inputs: unknown[] = [
      '2026-02-30',
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      'tomorrow',
      '2026-4-6',
      '2026-04-06T10:00:00Z',
      '',
      20260406,
      null,
      undefined,
      {},
      new Date('not a date'),
    ];
    for (const input of inputs) {
      const issue = validationIssue(() => isWorkingDay(input as string, EW));
      expect(issue.code).toBe('working_days.invalid_date');
      expect(issue.path).toEqual(['date']);
    }
    expect(isWorkingDay('2024-02-29', EW)).toBe(true);
  });

  it('does not repeat the rejected value in the message (it may be a date of birth)', () => {
    const issue = validationIssue(() => toIsoDate('1984-02-30'));
    expect(issue.message).not.toContain('1984');
    expect(issue.message).toContain('not a real calendar date');
  });

  it('reads a Date as its calendar date in Europe/London, across both clock changes', () => {
    // Winter (GMT): London and UTC agree.
    expect(toIsoDate(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-15');
    // The brief's case: 23:30 UTC on 31 March is 00:30 BST on 1 April.
    expect(toIsoDate(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    // Clocks go forward at 01:00 UTC on Sunday 29 March 2026.
    expect(toIsoDate(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
    expect(toIsoDate(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29');
    expect(toIsoDate(new Date('2026-03-29T23:00:00Z'))).toBe('2026-03-30');
    expect(toIsoDate(new Date('2026-03-29T22:59:59Z'))).toBe('2026-03-29');
    // Clocks go back at 01:00 UTC on Sunday 25 October 2026.
    expect(toIsoDate(new Date('2026-10-24T23:00:00Z'))).toBe('2026-10-25');
    expect(toIsoDate(new Date('2026-10-24T22:59:59Z'))).toBe('2026-10-24');
    expect(toIsoDate(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25');
    expect(toIsoDate(new Date('2026-10-26T00:00:00Z'))).toBe('2026-10-26');
  });

  it('uses the London date of a Date in every function', () => {
    // 23:30 UTC on Sunday 5 April 2026 is Easter Monday in London.
    const lateSunday = new Date('2026-04-05T23:30:00Z');
    expect(isWorkingDay(lateSunday, EW)).toBe(false);
    expect(addWorkingDays(lateSunday, 0, EW)).toBe('2026-04-06');
    expect(workingDaysBetween(lateSunday, '2026-04-07', EW)).toBe(1);
  });

  it('does not depend on the machine’s time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
      expect(toIsoDate(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
      expect(toIsoDate(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-15');
      expect(addWorkingDays('2026-03-30', 10, EW)).toBe('2026-04-15');
      process.env.TZ = 'America/Los_Angeles';
      expect(toIsoDate(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25');
      expect(addWorkingDays('2026-03-30', 10, EW)).toBe('2026-04-15');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('recognises ISO dates with a type guard', () => {
    expect(isIsoDate('2026-04-06')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate(new Date())).toBe(false);
    expect(toIsoDate('0001-01-01')).toBe('0001-01-01');
    expect(toIsoDate('9999-12-31')).toBe('9999-12-31');
  });
});

describe('dates beyond the bank holidays the calendar knows', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('throws by default, saying which year and how to refresh', () => {
    const error = caught(() => isWorkingDay('2028-03-01', EW));
    expect(error).toBeInstanceOf(BeyondKnownHolidaysError);
    expect(error).toBeInstanceOf(CivicError);
    const beyond = error as BeyondKnownHolidaysError;
    expect(beyond.code).toBe('working_days.beyond_known_holidays');
    expect(beyond.year).toBe(2028);
    expect(beyond.division).toBe('england-and-wales');
    expect(beyond.message).toContain('2028');
    expect(beyond.message).toContain('2018 to 2027');
    expect(beyond.message).toContain('refreshBankHolidays()');
    expect((caught(() => isWorkingDay('2017-06-01', SCOT)) as BeyondKnownHolidaysError).year).toBe(2017);
  });

  it('still knows that a weekend or closure day is not a working day', () => {
    expect(isWorkingDay('2028-01-01', EW)).toBe(false); // Saturday
    expect(isWorkingDay('2028-03-01', { ...EW, closures: ['2028-03-01'] })).toBe(false);
  });

  it('throws when a count runs past the last known year', () => {
    // 30 December 2027 is a Thursday; 31 December is the last known day.
    expect(addWorkingDays('2027-12-30', 1, EW)).toBe('2027-12-31');
    expect(caught(() => addWorkingDays('2027-12-30', 2, EW))).toBeInstanceOf(BeyondKnownHolidaysError);
    expect(caught(() => nextWorkingDay('2027-12-31', EW))).toBeInstanceOf(BeyondKnownHolidaysError);
    expect(caught(() => previousWorkingDay('2018-01-02', EW))).toBeInstanceOf(BeyondKnownHolidaysError);
    expect(caught(() => workingDaysBetween('2027-12-01', '2028-01-10', EW))).toBeInstanceOf(BeyondKnownHolidaysError);
    expect(caught(() => bankHolidaysBetween('2027-12-01', '2028-01-10', EW))).toBeInstanceOf(BeyondKnownHolidaysError);
  });

  it("with 'warn', reports each unknown year once and counts it without bank holidays", () => {
    const warnings: CoverageWarning[] = [];
    const options: WorkingDayOptions = { ...NI, beyondCoverage: 'warn', onWarning: (warning) => warnings.push(warning) };
    // From Friday 31 Dec 2027: 2028 has 260 weekdays and 2029 has 261, with no holidays assumed.
    expect(addWorkingDays('2027-12-31', 521, options)).toBe('2029-12-31');
    expect(warnings.map((warning) => [warning.year, warning.division, warning.code])).toEqual([
      [2028, 'northern-ireland', 'working_days.beyond_known_holidays'],
      [2029, 'northern-ireland', 'working_days.beyond_known_holidays'],
    ]);
    expect(warnings[0]?.message).toContain('2028');
    expect(isWorkingDay('2028-12-25', options)).toBe(true);
    expect(bankHolidaysBetween('2027-12-01', '2028-01-31', options).map((holiday) => holiday.date)).toEqual(['2027-12-27', '2027-12-28']);
  });

  it("with 'warn' and no onWarning, writes to console.warn once per year", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const options: WorkingDayOptions = { ...SCOT, beyondCoverage: 'warn' };
    isWorkingDay('2031-03-03', options);
    isWorkingDay('2031-03-04', options);
    addWorkingDays('2031-03-04', 5, options);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('scotland in 2031');
    expect(String(warn.mock.calls[0]?.[0])).not.toContain('03-03');
    isWorkingDay('2032-03-03', options);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it("with 'assume-none', counts unknown years as weekdays only and stays quiet", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const options: WorkingDayOptions = { ...EW, beyondCoverage: 'assume-none' };
    expect(isWorkingDay('2030-12-25', options)).toBe(true);
    expect(workingDaysBetween('2029-12-31', '2030-12-31', options)).toBe(261);
    expect(bankHolidaysBetween('2030-01-01', '2030-12-31', options)).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('uses the coverage of the calendar given, including gaps', () => {
    const events = (year: number) => [{ title: 'New Year’s Day', date: `${year}-01-01`, notes: '', bunting: true }];
    const gappy = createBankHolidayCalendar({
      'england-and-wales': { division: 'england-and-wales', events: [...events(2020), ...events(2022)] },
      scotland: { division: 'scotland', events: events(2020) },
      'northern-ireland': { division: 'northern-ireland', events: events(2020) },
    });
    const options = { ...EW, calendar: gappy };
    expect(isWorkingDay('2020-06-01', options)).toBe(true);
    expect(isWorkingDay('2022-06-01', options)).toBe(true);
    const error = caught(() => isWorkingDay('2021-06-01', options)) as BeyondKnownHolidaysError;
    expect(error.year).toBe(2021);
    expect(error.message).toContain('covers 2020, 2022');
    expect((caught(() => isWorkingDay('2022-06-01', { division: 'scotland', calendar: gappy })) as BeyondKnownHolidaysError).year).toBe(
      2022,
    );
  });
});

describe('the division is part of every answer', () => {
  it('gives each division its own count over a year', () => {
    const counts = Object.fromEntries(
      UK_DIVISIONS.map((division: UkDivision) => [division, workingDaysBetween('2025-12-31', '2026-12-31', { division })]),
    );
    // 261 weekdays in 2026, less the bank holidays on weekdays: 8 in England and Wales, 9 in Scotland, 10 in Northern Ireland.
    expect(counts).toEqual({ 'england-and-wales': 253, scotland: 252, 'northern-ireland': 251 });
  });
});
