import { describe, expect, it } from 'vitest';
import { CivicError, ValidationError } from '@civicbricks/core/errors';
import {
  answerPage,
  answersOnPath,
  answersToSubmit,
  checkYourAnswers,
  createJourney,
  isComplete,
  isPageOnPath,
  journeyPath,
  nextPage,
  type Answers,
} from '../src/index.js';
import { address, registerJourney, today } from './fixtures.js';

const journey = createJourney(registerJourney);
const opts = { today };
const withChildren: Answers = { dob: '1980-05-01', hasChildren: true, childCount: 2, address, phone: null };

describe('journey path', () => {
  it('starts at the first page and stops at the first unanswered one', () => {
    expect(journeyPath(journey, {}, opts)).toEqual({ pages: ['dob'], current: 'dob', status: 'in-progress' });
    expect(journeyPath(journey, { dob: '1980-05-01', hasChildren: false }, opts)).toEqual({
      pages: ['dob', 'children', 'address'],
      current: 'address',
      status: 'in-progress',
    });
  });

  it('follows conditional routes, including dates relative to today, to an exit page', () => {
    expect(nextPage(journey, 'dob', { dob: '2012-01-01' }, opts)).toBe('too-young');
    expect(journeyPath(journey, { dob: '2012-01-01' }, opts)).toMatchObject({ current: 'too-young', status: 'exit' });
    expect(nextPage(journey, 'dob', { dob: '2010-03-15' }, opts)).toBe('children');
    expect(nextPage(journey, 'check', {}, opts)).toBe('done');
    expect(nextPage(journey, 'done', {}, opts)).toBeUndefined();
  });

  it('is complete only when the path reaches check your answers', () => {
    expect(isComplete(journey, withChildren, opts)).toBe(true);
    expect(isComplete(journey, { ...withChildren, childCount: undefined } as never, opts)).toBe(false);
    expect(isPageOnPath(journey, 'how-many', withChildren, opts)).toBe(true);
    expect(isPageOnPath(journey, 'how-many', { ...withChildren, hasChildren: false }, opts)).toBe(false);
  });

  it('drops answers on pages no longer on the path from what is submitted', () => {
    const changed = { ...withChildren, hasChildren: false };
    expect(answersOnPath(journey, changed, opts)).not.toHaveProperty('childCount');
    expect(answersToSubmit(journey, changed, opts)).toEqual({
      journeyId: 'register-garden-waste',
      version: 1,
      answers: { dob: '1980-05-01', hasChildren: false, address, phone: null },
    });
    expect(() => answersToSubmit(journey, { dob: '1980-05-01' }, opts)).toThrow(
      expect.objectContaining({ code: 'registration.journey.incomplete' }),
    );
  });
});

describe('answering pages', () => {
  it('validates every question on the page, with paths that start with the question id', () => {
    const result = answerPage(
      journey,
      { dob: '1980-05-01', hasChildren: false },
      'address',
      { address: { line1: '', town: 'Cardiff', postcode: 'x' }, phone: '' },
      opts,
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { path: ['address', 'line1'], code: 'address.line1' },
        { path: ['address', 'postcode'], code: 'postcode.invalid' },
      ],
    });
  });

  it('stores the answers and follows the route', () => {
    const result = answerPage(journey, {}, 'dob', { dob: { day: '1', month: '5', year: '1980' } }, opts);
    expect(result).toEqual({ ok: true, answers: { dob: '1980-05-01' }, next: 'children' });
  });

  it('after a change from check your answers, returns there when the path is complete', () => {
    const result = answerPage(journey, withChildren, 'how-many', { childCount: '3' }, { ...opts, returnTo: 'check-answers' });
    expect(result).toMatchObject({ ok: true, next: 'check' });
    expect(result).not.toHaveProperty('returnTo');
  });

  it('after a change that opens new questions, asks them first and keeps returnTo', () => {
    const noChildren = { dob: '1980-05-01', hasChildren: false, address, phone: null };
    const result = answerPage(journey, noChildren, 'children', { hasChildren: 'yes' }, { ...opts, returnTo: 'check-answers' });
    expect(result).toMatchObject({ ok: true, next: 'how-many', returnTo: 'check-answers' });
    if (!result.ok) throw new Error('unreachable');
    const after = answerPage(journey, result.answers, 'how-many', { childCount: '1' }, { ...opts, returnTo: 'check-answers' });
    expect(after).toMatchObject({ ok: true, next: 'check' });
  });
});

describe('check your answers', () => {
  it('lists exactly the questions on the path, with change links back to check answers', () => {
    const { pageId, rows } = checkYourAnswers(journey, { ...withChildren, phone: '+447700900982' }, opts);
    expect(pageId).toBe('check');
    expect(rows.map((row) => [row.pageId, row.key, row.value, row.changeHref])).toEqual([
      ['dob', 'What is your date of birth?', '1 May 1980', 'dob?returnTo=check-answers'],
      ['children', 'Do you have children?', 'Yes', 'children?returnTo=check-answers'],
      ['how-many', 'How many children do you have?', '2', 'how-many?returnTo=check-answers'],
      ['address', 'Address', '1 High Street\nCardiff\nCF10 1EP', 'address?returnTo=check-answers'],
      ['address', 'Phone number', '07700900982', 'address?returnTo=check-answers'],
    ]);
  });

  it('leaves out pages that dropped off the path, and speaks Welsh', () => {
    const { rows } = checkYourAnswers(
      journey,
      { ...withChildren, hasChildren: false },
      { ...opts, locale: 'cy', changeHref: (id) => `/cy/register/${id}?returnTo=check-answers` },
    );
    expect(rows.map((row) => row.pageId)).toEqual(['dob', 'children', 'address', 'address']);
    expect(rows[0]).toMatchObject({
      key: 'Beth yw eich dyddiad geni?',
      value: '1 Mai 1980',
      changeHref: '/cy/register/dob?returnTo=check-answers',
    });
    expect(rows[1]?.value).toBe('Na');
  });

  it('refuses to build the page before the path reaches it', () => {
    expect(() => checkYourAnswers(journey, {}, opts)).toThrow(expect.objectContaining({ code: 'registration.journey.incomplete' }));
  });
});

describe('bad input to the engine', () => {
  const calls: [string, (bad: unknown) => unknown][] = [
    ['createJourney', (bad) => createJourney(bad)],
    ['journeyPath', (bad) => journeyPath(bad as never, {}, opts)],
    ['journeyPath answers', (bad) => journeyPath(journey, bad as never, opts)],
    ['journeyPath options', (bad) => journeyPath(journey, {}, bad as never)],
    ['nextPage', (bad) => nextPage(journey, bad as never, {}, opts)],
    ['isComplete', (bad) => isComplete(bad as never, {})],
    ['isPageOnPath', (bad) => isPageOnPath(journey, bad as never, {}, opts)],
    ['answersOnPath', (bad) => answersOnPath(journey, bad as never, opts)],
    ['answersToSubmit', (bad) => answersToSubmit(bad as never, {})],
    ['answerPage', (bad) => answerPage(journey, {}, 'dob', bad, opts)],
    ['checkYourAnswers', (bad) => checkYourAnswers(journey, withChildren, { ...opts, changeHref: bad as never })],
  ];
  for (const [name, call] of calls) {
    it(`${name} answers values of the wrong kind with a typed error`, () => {
      for (const bad of [null, 42, 'x', [], true]) {
        let thrown: unknown;
        try {
          call(bad);
        } catch (error) {
          thrown = error;
        }
        expect(thrown, `${name}(${JSON.stringify(bad)})`).toBeInstanceOf(CivicError);
        expect((thrown as CivicError).code).toMatch(/^registration\./);
      }
    });
  }

  it('a question page posted with nothing is a validation error, not a crash', () => {
    expect(answerPage(journey, {}, 'dob', {}, opts)).toMatchObject({ ok: false, errors: [{ path: ['dob'], code: 'answer.required' }] });
    expect(() => answerPage(journey, {}, 'check', {}, opts)).toThrow(ValidationError);
  });
});
