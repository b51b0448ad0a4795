/**
 * Tell us once: answers proposed from a citizen's profile, only with consent that holds now, and
 * only ever proposed. Each prefilled question is listed under `PREFILLED_KEY` in the answers, so the
 * engine stops on its page for the person to confirm or change it and refuses to submit until they have.
 */
import { ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import * as z from 'zod/mini';
import { PREFILLED_KEY, readJourneyArg, type Answers, type Journey } from './engine.js';
import { validateAnswer, type AddressAnswer, type AnswerValue } from './questions.js';
import type { ProfileField, Question } from './schema.js';

/** Pseudonymous person ids: the same shape as storage record ids. */
export const PERSON_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;

/** What a council keeps about a person so they need not tell it again. */
export interface CitizenProfile {
  /** Pseudonymous id (an account id, never an email or NI number). */
  readonly personId: string;
  readonly name: { readonly first: string; readonly last: string };
  /** `YYYY-MM-DD`. */
  readonly dateOfBirth?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly address?: AddressAnswer;
}

/** How consent was given. */
export type ConsentChannel = 'online' | 'phone' | 'in-person' | 'paper';

/** The record of a person agreeing to have their profile reused: who, when, what they were shown, how. */
export interface ConsentRecord {
  readonly personId: string;
  /** When consent was given (ISO 8601). */
  readonly givenAt: string;
  /** The exact wording shown or read to the person. */
  readonly wording: string;
  /** The version of that wording, so it can be found again when the wording changes. */
  readonly wordingVersion: string;
  readonly channel: ConsentChannel;
  /** Pseudonymous id of the member of staff who took it (phone, in person, paper). */
  readonly recordedBy?: string;
  /** When it was withdrawn (ISO 8601); no prefill from then on. */
  readonly withdrawnAt?: string;
}

const short = z.string().check(z.minLength(1), z.maxLength(200));
const isoDateTime = z.iso.datetime({ offset: true });
const personId = z.string().check(z.regex(PERSON_ID, 'A person id must be 1 to 200 letters, digits, dots, colons, hyphens or underscores'));

export const CitizenProfileSchema = z.strictObject({
  personId,
  name: z.strictObject({ first: short, last: short }),
  dateOfBirth: z.optional(z.iso.date()),
  email: z.optional(z.string().check(z.maxLength(320))),
  phone: z.optional(z.string().check(z.maxLength(40))),
  address: z.optional(
    z.strictObject({
      line1: short,
      line2: z.optional(z.string().check(z.maxLength(200))),
      town: short,
      county: z.optional(z.string().check(z.maxLength(200))),
      postcode: z.string().check(z.minLength(1), z.maxLength(10)),
    }),
  ),
});

export const ConsentRecordSchema = z.strictObject({
  personId,
  givenAt: isoDateTime,
  wording: z.string().check(z.minLength(1), z.maxLength(5000)),
  wordingVersion: short,
  channel: z.enum(['online', 'phone', 'in-person', 'paper']),
  recordedBy: z.optional(short),
  withdrawnAt: z.optional(isoDateTime),
});

/** Why nothing, or something, was prefilled. */
export type PrefillStatus = 'prefilled' | 'no_consent' | 'consent_withdrawn' | 'consent_not_yet_given';

export interface PrefillResult {
  /** The answers given (or none) plus the proposals, with the proposals listed under `PREFILLED_KEY`. */
  readonly answers: Answers;
  /** The questions proposed from the profile, and from which field. */
  readonly prefilled: readonly { readonly questionId: string; readonly field: ProfileField }[];
  readonly status: PrefillStatus;
}

export interface PrefillOptions {
  /** Answers already given: kept as they are, never overwritten by the profile. */
  readonly answers?: Answers;
  /** The time consent is checked at; now if absent. */
  readonly now?: string | Date;
}

const OptionsSchema = z.optional(
  z.strictObject({ answers: z.optional(z.record(z.string(), z.unknown())), now: z.optional(z.union([z.string(), z.date()])) }),
);

/** The profile field as a form would post it, so the question's own validator checks and normalises it. */
function rawFor(field: ProfileField, question: Question, profile: CitizenProfile): unknown {
  switch (field) {
    case 'name':
      return question.type === 'name' && question.parts === 'firstAndLast'
        ? { first: profile.name.first, last: profile.name.last }
        : `${profile.name.first} ${profile.name.last}`;
    case 'firstName':
      return profile.name.first;
    case 'lastName':
      return profile.name.last;
    case 'dateOfBirth': {
      if (!profile.dateOfBirth) return undefined;
      const [year, month, day] = profile.dateOfBirth.split('-');
      return { day, month, year };
    }
    case 'postcode':
      return profile.address?.postcode;
    default:
      return profile[field];
  }
}

/**
 * Proposes answers from a person's profile for the questions that declare `prefill`, if their
 * consent holds at `now` (given, and not withdrawn). Each proposal goes through the question's own
 * validation, so a profile value the question would refuse is left for the person to enter. Questions
 * already answered are left alone.
 *
 * @throws {ValidationError} for a profile, consent or options of the wrong shape, or consent given by someone else.
 */
export function prefillAnswers(
  journey: Journey,
  profile: CitizenProfile,
  consent: ConsentRecord | null,
  options?: PrefillOptions,
): PrefillResult {
  const j = readJourneyArg(journey);
  const p = parseInput(CitizenProfileSchema, profile, {
    path: ['profile'],
    codePrefix: 'registration.profile',
    what: 'profile',
  }) as CitizenProfile;
  const c =
    consent === null
      ? null
      : (parseInput(ConsentRecordSchema, consent, {
          path: ['consent'],
          codePrefix: 'registration.consent',
          what: 'consent record',
        }) as ConsentRecord);
  const opts = parseInput(OptionsSchema, options, { path: ['options'], codePrefix: 'registration.options', what: 'options' });
  const now = opts?.now === undefined ? Date.now() : new Date(opts.now).getTime();
  if (Number.isNaN(now))
    throw new ValidationError('registration.invalid_now', '`now` must be an ISO 8601 time or a Date', { path: ['options', 'now'] });
  if (c && c.personId !== p.personId) {
    throw new ValidationError(
      'registration.consent.other_person',
      'This consent was given by someone other than the person whose profile this is',
      {
        path: ['consent', 'personId'],
      },
    );
  }
  const given: Answers = (opts?.answers as Answers | undefined) ?? {};
  const status: PrefillStatus = !c
    ? 'no_consent'
    : Date.parse(c.givenAt) > now
      ? 'consent_not_yet_given'
      : c.withdrawnAt !== undefined && Date.parse(c.withdrawnAt) <= now
        ? 'consent_withdrawn'
        : 'prefilled';
  if (status !== 'prefilled') return { answers: given, prefilled: [], status };

  const answers: Record<string, AnswerValue> = { ...given };
  const pending = new Set(Array.isArray(given[PREFILLED_KEY]) ? (given[PREFILLED_KEY] as string[]) : []);
  const prefilled: { questionId: string; field: ProfileField }[] = [];
  const today = new Date(now);
  for (const page of j.definition.pages) {
    if (page.type !== 'question') continue;
    for (const question of page.questions) {
      if (!question.prefill || (Object.hasOwn(answers, question.id) && answers[question.id] !== undefined)) continue;
      const raw = rawFor(question.prefill.from, question, p);
      if (raw === undefined || raw === '') continue;
      const result = validateAnswer(question, raw, { today });
      if (!result.ok || result.value === null) continue;
      answers[question.id] = result.value;
      pending.add(question.id);
      prefilled.push({ questionId: question.id, field: question.prefill.from });
    }
  }
  if (pending.size > 0) answers[PREFILLED_KEY] = [...pending];
  return { answers, prefilled, status };
}
