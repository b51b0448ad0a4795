// The example journeys kept in examples/: each must pass validateJourney, and the engine must walk
// their routes, exit pages, repeating groups, check your answers and change links as a person would.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  answerPage,
  answersToSubmit,
  checkYourAnswers,
  createJourney,
  journeyPath,
  missingPages,
  prefillAnswers,
  unconfirmedPrefill,
  validateJourney,
  type Answers,
  type Journey,
} from '../src/index.js';
import { consent, profile } from './fixtures.js';

const dir = join(import.meta.dirname, '..', 'examples');
const load = (name: string): unknown => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
const today = '2026-03-15';
const opts = { today };

/** Posts pages in order, as a person filling in the form would, failing loudly on any refusal. */
function fill(journey: Journey, posts: readonly (readonly [string, Record<string, unknown>])[], start: Answers = {}): Answers {
  let answers = start;
  for (const [page, posted] of posts) {
    const result = answerPage(journey, answers, page, posted, opts);
    if (!result.ok) throw new Error(`page ${page}: ${result.errors.map((error) => error.code).join(', ')}`);
    answers = result.answers;
  }
  return answers;
}

describe('example journeys', () => {
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));

  it('are the three we promise', () => {
    expect(files.sort()).toEqual(['blue-badge.json', 'volunteer-cook.json', 'warm-space-library.json']);
  });

  for (const file of files) {
    it(`${file} passes validateJourney and every page has Welsh`, () => {
      const definition = validateJourney(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      expect(definition.title.cy).toBeTruthy();
      for (const page of definition.pages) {
        if (page.type === 'question') for (const question of page.questions) expect(question.label.cy, question.id).toBeTruthy();
        else if (page.title) expect(page.title.cy, page.id).toBeTruthy();
      }
    });
  }
});

describe('warm space at the library', () => {
  const journey = createJourney(load('warm-space-library'));
  const base = [
    ['age', { ageGroup: '65plus' }],
    ['name', { name: 'Megan Pritchard' }],
  ] as const;

  it('sends under-16s to an exit page, with nothing to submit', () => {
    const answers = fill(journey, [['age', { ageGroup: 'under16' }]]);
    expect(journeyPath(journey, answers, opts)).toEqual({ pages: ['age', 'ask-an-adult'], current: 'ask-an-adult', status: 'exit' });
    expect(() => answersToSubmit(journey, answers, opts)).toThrow(expect.objectContaining({ missingPages: [] }));
  });

  it('asks for contact details only from people who want to be contacted, and drops them if the answer changes', () => {
    const answers = fill(journey, [
      ...base,
      ['contact-ok', { contactOk: 'yes' }],
      ['contact', { phone: '07700 900 982', email: '' }],
      ['days', { days: ['mon', 'thu'] }],
      ['with-you', { withYou: [] }],
      ['access', { access: 'none' }],
    ]);
    expect(journeyPath(journey, answers, opts).pages).toEqual([
      'age',
      'name',
      'contact-ok',
      'contact',
      'days',
      'with-you',
      'access',
      'check',
    ]);
    const change = answerPage(journey, answers, 'contact-ok', { contactOk: 'no' }, { ...opts, returnTo: 'check-answers' });
    expect(change).toMatchObject({ ok: true, next: 'check' });
    if (!change.ok) throw new Error('unreachable');
    const sent = answersToSubmit(journey, change.answers, opts);
    expect(sent.answers).not.toHaveProperty('phone');
    expect(sent.answers).toMatchObject({ contactOk: false, days: ['mon', 'thu'], withYou: [], access: ['none'] });
  });

  it('a change link that opens a new page asks it, then goes back to check your answers', () => {
    const answers = fill(journey, [
      ...base,
      ['contact-ok', { contactOk: 'no' }],
      ['days', { days: 'notSure' }],
      ['with-you', {}],
      ['access', { access: ['stepFree'] }],
    ]);
    const rows = checkYourAnswers(journey, answers, opts).rows;
    const contactRow = rows.find((row) => row.questionId === 'contactOk');
    expect(contactRow?.changeHref).toBe('contact-ok?returnTo=check-answers');
    const opened = answerPage(journey, answers, 'contact-ok', { contactOk: 'yes' }, { ...opts, returnTo: 'check-answers' });
    expect(opened).toMatchObject({ ok: true, next: 'contact', returnTo: 'check-answers' });
    if (!opened.ok) throw new Error('unreachable');
    const back = answerPage(journey, opened.answers, 'contact', { phone: '02920 123456' }, { ...opts, returnTo: 'check-answers' });
    expect(back).toMatchObject({ ok: true, next: 'check' });
  });

  it('keeps a repeating group of people, checks each item and shows it on check your answers, in Welsh too', () => {
    const bad = answerPage(
      journey,
      {},
      'with-you',
      {
        withYou: [
          { firstName: 'Ellis', isChild: 'yes' },
          { firstName: '', isChild: '' },
        ],
      },
      opts,
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) throw new Error('unreachable');
    expect(bad.errors.map((error) => error.path)).toEqual([
      ['withYou', 1, 'firstName'],
      ['withYou', 1, 'isChild'],
    ]);
    const tooMany = answerPage(
      journey,
      {},
      'with-you',
      { withYou: Array.from({ length: 7 }, () => ({ firstName: 'A', isChild: 'no' })) },
      opts,
    );
    expect(tooMany).toMatchObject({ ok: false, errors: [{ code: 'addAnother.too_many' }] });
    const answers = fill(journey, [
      ...base,
      ['contact-ok', { contactOk: 'no' }],
      ['days', { days: ['sat'] }],
      [
        'with-you',
        {
          withYou: [
            { firstName: 'Ellis', isChild: 'yes' },
            { firstName: 'Gwen', isChild: 'no' },
          ],
        },
      ],
      ['access', { access: ['hearingLoop', 'quietArea'] }],
    ]);
    expect(answers.withYou).toEqual([
      { firstName: 'Ellis', isChild: true },
      { firstName: 'Gwen', isChild: false },
    ]);
    const en = checkYourAnswers(journey, answers, opts).rows;
    expect(en.find((row) => row.questionId === 'withYou')?.value).toBe('2 answers');
    expect(en.find((row) => row.questionId === 'access')?.value).toBe('A hearing loop\nA quiet area');
    const cy = checkYourAnswers(journey, answers, { ...opts, locale: 'cy' }).rows;
    expect(cy.find((row) => row.questionId === 'days')).toMatchObject({
      key: 'Pa ddyddiau ydych chi’n debygol o ddod?',
      value: 'Dydd Sadwrn',
    });
    expect(cy.find((row) => row.questionId === 'contactOk')?.value).toBe('Na');
  });

  it('refuses "I’m not sure yet" with a day', () => {
    expect(answerPage(journey, {}, 'days', { days: ['mon', 'notSure'] }, opts)).toMatchObject({
      ok: false,
      errors: [{ code: 'checkboxes.exclusive', message: 'Select one or more options, or select ‘I’m not sure yet’' }],
    });
  });
});

describe('Blue Badge application', () => {
  const journey = createJourney(load('blue-badge'));
  const details = [
    [
      'applicant',
      { applicantName: { first: 'Megan', last: 'Pritchard' }, dob: { day: '9', month: '7', year: '1944' }, nino: 'jh 12 34 56 c' },
    ],
    ['address', { address: { line1: '3 Castle Street', town: 'Cardiff', postcode: 'cf10 1ep' } }],
  ] as const;

  it('skips the walking questions for people who get a qualifying benefit', () => {
    const answers = fill(journey, [['who', { who: 'myself' }], ['benefits', { benefit: 'pipMobility8' }], ...details, ['vehicles', {}]]);
    expect(journeyPath(journey, answers, opts).pages).toEqual(['who', 'benefits', 'applicant', 'address', 'vehicles', 'check']);
    const rows = checkYourAnswers(journey, answers, opts).rows;
    expect(rows.map((row) => row.questionId)).toEqual(['who', 'benefit', 'applicantName', 'dob', 'nino', 'address', 'vehicles']);
    expect(rows.find((row) => row.questionId === 'nino')?.value).toBe('JH 12 34 56 C');
    expect(rows.find((row) => row.questionId === 'dob')?.value).toBe('9 July 1944');
  });

  it('ends at the not-eligible exit page when walking is not difficult', () => {
    const answers = fill(journey, [
      ['who', { who: 'someoneElse' }],
      ['benefits', { benefit: 'none' }],
      ['walking', { walkingDifficulty: 'no' }],
    ]);
    expect(journeyPath(journey, answers, opts)).toMatchObject({ current: 'not-eligible', status: 'exit' });
    expect(missingPages(journey, answers, opts)).toEqual([]);
  });

  it('drops the walking answers when a change link moves the person onto a qualifying benefit', () => {
    const answers = fill(journey, [
      ['who', { who: 'myself' }],
      ['benefits', { benefit: 'none' }],
      ['walking', { walkingDifficulty: 'yes' }],
      ['walking-distance', { walkingDistance: 'under50m' }],
      ...details,
      ['vehicles', { vehicles: [{ registration: 'CU57 ABC', make: '' }] }],
    ]);
    expect(checkYourAnswers(journey, answers, opts).rows.map((row) => row.pageId)).toContain('walking-distance');
    const changed = answerPage(journey, answers, 'benefits', { benefit: 'dlaHigherMobility' }, { ...opts, returnTo: 'check-answers' });
    expect(changed).toMatchObject({ ok: true, next: 'check' });
    if (!changed.ok) throw new Error('unreachable');
    const sent = answersToSubmit(journey, changed.answers, opts).answers;
    expect(sent).not.toHaveProperty('walkingDifficulty');
    expect(sent).not.toHaveProperty('walkingDistance');
    expect(sent.vehicles).toEqual([{ registration: 'CU57 ABC', make: null }]);
  });

  it('lists the pages still to answer, and allows at most three vehicles', () => {
    expect(missingPages(journey, { who: 'myself', benefit: 'none' }, opts)).toEqual([
      'walking',
      'walking-distance',
      'applicant',
      'address',
      'vehicles',
    ]);
    const four = Array.from({ length: 4 }, (_, i) => ({ registration: `AB1${i} CDE` }));
    expect(answerPage(journey, {}, 'vehicles', { vehicles: four }, opts)).toMatchObject({
      ok: false,
      errors: [{ code: 'addAnother.too_many', message: 'You cannot add more than 3 answers' }],
    });
  });

  it('prefills the applicant’s details from a profile for them to confirm', () => {
    const start = fill(journey, [
      ['who', { who: 'myself' }],
      ['benefits', { benefit: 'pipMobility8' }],
    ]);
    const { answers, prefilled } = prefillAnswers(journey, profile, consent, { now: '2026-03-15T12:00:00Z', answers: start });
    expect(prefilled.map((entry) => entry.questionId)).toEqual(['applicantName', 'dob', 'address']);
    expect(journeyPath(journey, answers, opts).current).toBe('applicant');
    // The optional National Insurance number is not prefilled, so the path stops on the applicant page for now.
    expect(unconfirmedPrefill(journey, answers, opts)).toEqual(['applicantName', 'dob']);
    const confirmed = fill(journey, [details[0]], answers);
    expect(journeyPath(journey, confirmed, opts).current).toBe('address');
    expect(unconfirmedPrefill(journey, confirmed, opts)).toEqual(['address']);
    const done = fill(journey, [details[1], ['vehicles', {}]], confirmed);
    expect(unconfirmedPrefill(journey, done, opts)).toEqual([]);
    expect(answersToSubmit(journey, done, opts).answers).toMatchObject({ address: { postcode: 'CF10 1EP' } });
  });
});

describe('volunteer cook sign-up', () => {
  const journey = createJourney(load('volunteer-cook'));
  const about = ['about-you', { name: 'Rhys Owen', email: 'rhys@example.org', phone: '' }] as const;
  const referee = { refereeName: 'Siân Lewis', refereeEmail: 'sian@example.org' };

  it('turns away anyone under 18 on the day, counting from today', () => {
    expect(journeyPath(journey, fill(journey, [['dob', { dob: { day: '16', month: '3', year: '2008' } }]]), opts).current).toBe(
      'too-young',
    );
    expect(journeyPath(journey, fill(journey, [['dob', { dob: { day: '15', month: '3', year: '2008' } }]]), opts).current).toBe(
      'about-you',
    );
  });

  it('asks for the certificate date only from people with a certificate, and offers the course to the rest', () => {
    const withCertificate = fill(journey, [
      ['dob', { dob: { day: '1', month: '2', year: '1990' } }],
      about,
      ['hygiene', { hasCertificate: 'yes' }],
      ['certificate-date', { certificateDate: { day: '1', month: '6', year: '2025' } }],
      ['availability', { sessions: ['weekend'] }],
      ['referees', { referees: [referee] }],
    ]);
    expect(journeyPath(journey, withCertificate, opts).pages).toEqual([
      'dob',
      'about-you',
      'hygiene',
      'certificate-date',
      'availability',
      'referees',
      'check',
    ]);
    const rows = checkYourAnswers(journey, withCertificate, {
      ...opts,
      changeHref: (page) => `/volunteer/${page}?returnTo=check-answers`,
    }).rows;
    expect(rows.map((row) => row.changeHref)).toContain('/volunteer/certificate-date?returnTo=check-answers');
    expect(rows.find((row) => row.questionId === 'referees')?.value).toBe('1 answer');

    const changed = answerPage(journey, withCertificate, 'hygiene', { hasCertificate: 'no' }, { ...opts, returnTo: 'check-answers' });
    expect(changed).toMatchObject({ ok: true, next: 'course', returnTo: 'check-answers' });
    if (!changed.ok) throw new Error('unreachable');
    const back = answerPage(journey, changed.answers, 'course', { wantsCourse: 'yes' }, { ...opts, returnTo: 'check-answers' });
    expect(back).toMatchObject({ ok: true, next: 'check' });
    if (!back.ok) throw new Error('unreachable');
    expect(answersToSubmit(journey, back.answers, opts).answers).not.toHaveProperty('certificateDate');
  });

  it('needs one or two referees, each with a name and a real email address', () => {
    expect(answerPage(journey, {}, 'referees', { referees: [] }, opts)).toMatchObject({
      ok: false,
      errors: [{ code: 'addAnother.too_few' }],
    });
    const bad = answerPage(
      journey,
      {},
      'referees',
      { referees: [referee, { refereeName: 'Tom', refereeEmail: 'tom at example' }] },
      { ...opts, locale: 'cy' },
    );
    expect(bad).toMatchObject({ ok: false, errors: [{ path: ['referees', 1, 'refereeEmail'] }] });
    expect(answerPage(journey, {}, 'referees', { referees: [referee, referee, referee] }, opts)).toMatchObject({
      ok: false,
      errors: [{ code: 'addAnother.too_many' }],
    });
  });

  it('refuses a certificate date in the future with its own wording, in English and Welsh', () => {
    const future = { certificateDate: { day: '1', month: '1', year: '2027' } };
    expect(answerPage(journey, {}, 'certificate-date', future, opts)).toMatchObject({
      ok: false,
      errors: [{ message: 'The date must be today or in the past' }],
    });
    expect(answerPage(journey, {}, 'certificate-date', future, { ...opts, locale: 'cy' })).toMatchObject({
      ok: false,
      errors: [{ message: 'Rhaid i’r dyddiad fod heddiw neu yn y gorffennol' }],
    });
  });
});
