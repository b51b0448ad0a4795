import { ValidationError } from '@civicbricks/core/errors';
import { describe, expect, it } from 'vitest';
import {
  answerPage,
  answersToSubmit,
  checkYourAnswers,
  createJourney,
  journeyPath,
  PREFILLED_KEY,
  prefillAnswers,
  unconfirmedPrefill,
  validateJourney,
} from '../src/index.js';
import { consent, prefillJourneyDefinition, profile } from './fixtures.js';

const journey = createJourney(prefillJourneyDefinition);
const now = '2026-03-15T12:00:00Z';
const today = '2026-03-15';

describe('prefill declarations in a journey', () => {
  it('accepts prefill from a field that suits the question', () => {
    expect(validateJourney(prefillJourneyDefinition).pages[0]).toMatchObject({ questions: [{ prefill: { from: 'name' } }] });
  });

  it('refuses a field that does not suit the question, an unknown field and prefill inside a repeating group', () => {
    const bad = structuredClone(prefillJourneyDefinition) as typeof prefillJourneyDefinition & { pages: { questions?: unknown[] }[] };
    (bad.pages[1]!.questions![0] as { prefill: unknown }).prefill = { from: 'email' };
    expect(() => validateJourney(bad)).toThrow(
      expect.objectContaining({ code: 'registration.journey.prefill_type', path: ['pages', 1, 'questions', 0, 'prefill', 'from'] }),
    );
    (bad.pages[1]!.questions![0] as { prefill: unknown }).prefill = { from: 'niNumber' };
    expect(() => validateJourney(bad)).toThrow(ValidationError);
    const group = structuredClone(prefillJourneyDefinition) as { pages: { questions?: unknown[] }[] };
    group.pages[3]!.questions = [
      {
        id: 'people',
        type: 'addAnother',
        label: { en: 'Who lives with you?' },
        questions: [{ id: 'personName', type: 'text', label: { en: 'Name' }, prefill: { from: 'name' } }],
      },
    ];
    expect(() => validateJourney(group)).toThrow(expect.objectContaining({ code: 'registration.journey.prefill_in_repeating_group' }));
  });
});

describe('prefillAnswers', () => {
  it('proposes answers from the profile, normalised by each question, marked as prefilled', () => {
    const result = prefillAnswers(journey, profile, consent, { now });
    expect(result.status).toBe('prefilled');
    expect(result.prefilled).toEqual([
      { questionId: 'name', field: 'name' },
      { questionId: 'dob', field: 'dateOfBirth' },
      { questionId: 'email', field: 'email' },
      { questionId: 'postcode', field: 'postcode' },
    ]);
    expect(result.answers).toEqual({
      name: { first: 'Megan', last: 'Pritchard' },
      dob: '1984-07-09',
      email: 'megan@example.org',
      postcode: 'CF10 1EP',
      [PREFILLED_KEY]: ['name', 'dob', 'email', 'postcode'],
    });
  });

  it('never overwrites an answer the person gave, and skips profile values the question would refuse', () => {
    const result = prefillAnswers(journey, { ...profile, email: 'not an email' }, consent, {
      now,
      answers: { name: { first: 'Meg', last: 'P' } },
    });
    expect(result.answers).toMatchObject({ name: { first: 'Meg', last: 'P' }, [PREFILLED_KEY]: ['dob', 'postcode'] });
    expect(result.answers).not.toHaveProperty('email');
  });

  it('prefills nothing without consent, before it was given, or once it is withdrawn', () => {
    expect(prefillAnswers(journey, profile, null, { now })).toEqual({ answers: {}, prefilled: [], status: 'no_consent' });
    expect(prefillAnswers(journey, profile, consent, { now: '2026-01-10T08:59:59Z' }).status).toBe('consent_not_yet_given');
    const withdrawn = { ...consent, withdrawnAt: '2026-03-15T11:59:59Z' };
    expect(prefillAnswers(journey, profile, withdrawn, { now })).toEqual({ answers: {}, prefilled: [], status: 'consent_withdrawn' });
    // Consent withdrawn later than `now` still held at `now`.
    expect(prefillAnswers(journey, profile, { ...consent, withdrawnAt: '2026-03-16T00:00:00Z' }, { now }).status).toBe('prefilled');
  });

  it('refuses consent given by someone else, and bad input, with typed errors', () => {
    expect(() => prefillAnswers(journey, profile, { ...consent, personId: 'person-18' }, { now })).toThrow(
      expect.objectContaining({ code: 'registration.consent.other_person' }),
    );
    expect(() => prefillAnswers(journey, { ...profile, dateOfBirth: '9 July 1984' }, consent)).toThrow(ValidationError);
    expect(() => prefillAnswers(journey, profile, { ...consent, channel: 'fax' } as never)).toThrow(ValidationError);
    expect(() => prefillAnswers(journey, profile, consent, { now: 'soon' })).toThrow(
      expect.objectContaining({ code: 'registration.invalid_now' }),
    );
  });
});

describe('the engine with prefilled answers', () => {
  const proposed = prefillAnswers(journey, profile, consent, { now }).answers;

  it('stops on each prefilled page for the person to confirm or change it', () => {
    expect(journeyPath(journey, proposed, { today })).toEqual({ pages: ['name'], current: 'name', status: 'in-progress' });
    expect(unconfirmedPrefill(journey, proposed, { today })).toEqual(['name', 'dob', 'email', 'postcode']);
    const confirmed = answerPage(journey, proposed, 'name', { name: { first: 'Megan', last: 'Pritchard' } }, { today });
    expect(confirmed).toMatchObject({ ok: true, next: 'dob' });
    if (!confirmed.ok) throw new Error('unreachable');
    expect(confirmed.answers[PREFILLED_KEY]).toEqual(['dob', 'email', 'postcode']);
    expect(journeyPath(journey, confirmed.answers, { today }).current).toBe('dob');
  });

  it('never submits prefilled answers the person has not confirmed', () => {
    const allElse = { ...proposed, reason: 'To borrow books' };
    expect(() => answersToSubmit(journey, allElse, { today })).toThrow(
      expect.objectContaining({
        code: 'registration.prefill.unconfirmed',
        message: expect.stringContaining('"name", "dob", "email", "postcode"'),
      }),
    );
    expect(() => checkYourAnswers(journey, allElse, { today })).toThrow(
      expect.objectContaining({ code: 'registration.journey.incomplete' }),
    );
  });

  it('submits once every prefilled page has been posted, with the changed answers', () => {
    let answers = { ...proposed };
    const posts: [string, Record<string, unknown>][] = [
      ['name', { name: { first: 'Megan', last: 'Pritchard' } }],
      ['dob', { dob: { day: '9', month: '7', year: '1984' } }],
      ['contact', { email: 'megan.p@example.org', postcode: 'CF10 1EP' }],
      ['reason', { reason: 'To borrow books' }],
    ];
    for (const [page, posted] of posts) {
      const result = answerPage(journey, answers, page, posted, { today });
      if (!result.ok) throw new Error(`page ${page} refused`);
      answers = { ...result.answers };
    }
    expect(answers).not.toHaveProperty(PREFILLED_KEY);
    expect(answersToSubmit(journey, answers, { today }).answers).toEqual({
      name: { first: 'Megan', last: 'Pritchard' },
      dob: '1984-07-09',
      email: 'megan.p@example.org',
      postcode: 'CF10 1EP',
      reason: 'To borrow books',
    });
  });

  it('refuses a malformed prefilled list with a typed error', () => {
    expect(() => journeyPath(journey, { [PREFILLED_KEY]: 'name' }, { today })).toThrow(
      expect.objectContaining({ code: 'registration.answers.invalid_prefilled' }),
    );
  });
});
