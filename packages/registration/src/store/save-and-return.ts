/**
 * Save and return: answers kept in storage under a random id, reached again through a signed,
 * expiring, revocable link.
 *
 * A resume token is `<id>.<generation>.<expires>.<mac>`:
 * - `id`: 128 random bits (hex), the saved journey's record id;
 * - `generation`: which link this is for that record; revoking moves the record on, so older links stop working;
 * - `expires`: Unix seconds;
 * - `mac`: HMAC-SHA-256 of the three under the server's secret (base64url).
 *
 * No answers or personal data are inside, so a leaked link lets someone continue that one journey
 * and nothing else; a tampered, expired or revoked one is a {@link ResumeLinkError}.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CivicError, ConflictError, ValidationError } from '@civicbricks/core/errors';
import type { Locale } from '@civicbricks/core/i18n';
import { parseInput } from '@civicbricks/core/validation';
import { z } from 'zod';
import { readJourneyArg, type Answers, type Journey } from '../engine.js';
import { translatorFor } from '../validators/shared.js';
import { resumeMessages } from './messages.js';
import { readClock, readStore } from './shared.js';

/** The collection of journeys in progress. */
export const SAVED_JOURNEYS = 'registration.saved_journey';

/** How long a link works unless told otherwise. */
export const DEFAULT_RESUME_DAYS = 28;

const MAC_CONTEXT = 'civicbricks.registration.resume.v1';
const TOKEN = /^([0-9a-f]{32})\.([1-9][0-9]{0,8})\.([1-9][0-9]{0,11})\.([A-Za-z0-9_-]{43})$/;
const DAY_MS = 86_400_000;

/** Why a link was refused: `invalid` (tampered, mistyped or signed with another secret), `expired` or `revoked`. */
export type ResumeLinkReason = 'invalid' | 'expired' | 'revoked';

/**
 * A resume link that cannot be used. `message` is written for the page the person lands on, in the
 * locale asked for; `code` is `registration.resume.<reason>`.
 */
export class ResumeLinkError extends CivicError {
  readonly reason: ResumeLinkReason;
  constructor(reason: ResumeLinkReason, locale: Locale = 'en') {
    super(`registration.resume.${reason}`, translatorFor(resumeMessages, locale)(`resume.${reason}`), { path: ['token'] });
    this.reason = reason;
  }
}

/** Answers saved part way through a journey. */
export interface SavedJourney {
  /** The record id (also the first part of the token). */
  readonly id: string;
  readonly journeyId: string;
  readonly journeyVersion: number;
  readonly answers: Answers;
  /** The record's version: pass it to `update` so a stale tab cannot overwrite newer answers. */
  readonly version: number;
  /** When the current link stops working (ISO 8601). */
  readonly expiresAt: string;
}

/** A saved journey and the link to come back to it. */
export interface ResumeLink {
  readonly token: string;
  readonly expiresAt: string;
  readonly saved: SavedJourney;
}

export interface SaveAndReturnOptions {
  /** From `createStore` in `@civicbricks/storage`. */
  readonly store: unknown;
  /** The server's signing secret: at least 32 bytes (a string or bytes), kept out of the code and the database. */
  readonly secret: string | Uint8Array;
  /** How long a link works, in days; 28 if absent. */
  readonly expiresInDays?: number;
  /** Where the time comes from; inject a fixed clock in tests. */
  readonly clock?: () => Date;
}

/** Options of the calls that read a token. */
export interface ResumeOptions {
  /** The language of a refusal's message; English if absent. */
  readonly locale?: Locale;
}

export interface SaveAndReturn {
  /** Saves answers as a new journey in progress and returns its link. */
  save(journey: Journey, answers: Answers): Promise<ResumeLink>;
  /** The saved answers behind a link. @throws {ResumeLinkError} for a tampered, expired or revoked link. */
  resume(token: string, options?: ResumeOptions): Promise<SavedJourney>;
  /** Replaces the saved answers if they are still at `expectedVersion` (`ConflictError` if not). */
  update(token: string, expectedVersion: number, answers: Answers, options?: ResumeOptions): Promise<SavedJourney>;
  /** Stops this link (and every earlier one) from working; the answers stay until `discard`. */
  revoke(token: string, options?: ResumeOptions): Promise<void>;
  /** Removes the saved answers for good (after submission, or when the person asks); the audit chain keeps verifying. */
  discard(token: string, options: ResumeOptions & { readonly actor: string }): Promise<void>;
}

const SavedSchema = z.strictObject({
  journeyId: z.string(),
  journeyVersion: z.number().int().min(1),
  answers: z.record(z.string(), z.unknown()),
  generation: z.number().int().min(1),
  expiresAt: z.iso.datetime(),
  revoked: z.boolean(),
});

const OptionsSchema = z.strictObject({
  store: z.unknown(),
  secret: z.union([
    z.string().refine((s) => Buffer.byteLength(s) >= 32, 'The secret must be at least 32 bytes long'),
    z.instanceof(Uint8Array).refine((b) => b.byteLength >= 32, 'The secret must be at least 32 bytes long'),
  ]),
  expiresInDays: z.number().positive().max(366).optional(),
  clock: z.custom<() => Date>((value) => typeof value === 'function', 'The clock must be a function returning a Date').optional(),
});
const LocaleOptions = z.strictObject({ locale: z.enum(['en', 'cy']).optional() }).optional();
const AnswersSchema = z.record(z.string(), z.unknown());

/**
 * Save and return over a store. Every token is checked for its signature (compared in constant
 * time), its expiry and the stored state before anything is read.
 */
export function createSaveAndReturn(options: SaveAndReturnOptions): SaveAndReturn {
  const parsed = parseInput(OptionsSchema, options, {
    path: ['options'],
    codePrefix: 'registration.options',
    what: 'save and return options',
  });
  const store = readStore(parsed.store, ['options', 'store']);
  const secret = typeof parsed.secret === 'string' ? Buffer.from(parsed.secret, 'utf8') : Buffer.from(parsed.secret);
  const lifetime = (parsed.expiresInDays ?? DEFAULT_RESUME_DAYS) * DAY_MS;
  const clock = parsed.clock ?? (() => new Date());
  const saved = store.collection(SAVED_JOURNEYS, SavedSchema);

  const sign = (id: string, generation: number, expires: number): string =>
    createHmac('sha256', secret).update(`${MAC_CONTEXT}\n${id}\n${generation}\n${expires}`).digest('base64url');
  const tokenFor = (id: string, generation: number, expiresAt: string): string => {
    const expires = Math.floor(Date.parse(expiresAt) / 1000);
    return `${id}.${generation}.${expires}.${sign(id, generation, expires)}`;
  };
  const view = (record: { id: string; version: number; data: z.output<typeof SavedSchema> }): SavedJourney => ({
    id: record.id,
    journeyId: record.data.journeyId,
    journeyVersion: record.data.journeyVersion,
    answers: record.data.answers as Answers,
    version: record.version,
    expiresAt: record.data.expiresAt,
  });

  /** Signature first (nothing unsigned reaches the database), then expiry, then the stored state. */
  const open = async (token: unknown, opts: unknown, checkExpiry: boolean) => {
    const { locale = 'en' } = parseInput(LocaleOptions, opts, { path: ['options'], codePrefix: 'registration.options' }) ?? {};
    if (typeof token !== 'string') {
      throw new ValidationError('registration.resume.invalid_token', 'The resume token must be a string', { path: ['token'] });
    }
    const match = TOKEN.exec(token);
    if (!match) throw new ResumeLinkError('invalid', locale);
    const [, id = '', generationText = '', expiresText = '', mac = ''] = match;
    const expected = Buffer.from(sign(id, Number(generationText), Number(expiresText)), 'utf8');
    if (!timingSafeEqual(expected, Buffer.from(mac, 'utf8'))) throw new ResumeLinkError('invalid', locale);
    if (checkExpiry && readClock(clock).getTime() >= Number(expiresText) * 1000) throw new ResumeLinkError('expired', locale);
    const record = await saved.get(id);
    if (!record) throw new ResumeLinkError('revoked', locale);
    if (record.data.revoked || record.data.generation !== Number(generationText)) throw new ResumeLinkError('revoked', locale);
    return record;
  };

  return {
    async save(journey, answers) {
      const checked = readJourneyArg(journey);
      const values = parseInput(AnswersSchema, answers, { path: ['answers'], codePrefix: 'registration.answers', what: 'answers' });
      const expiresAt = new Date(Math.floor((readClock(clock).getTime() + lifetime) / 1000) * 1000).toISOString();
      const record = await saved.insert(
        {
          journeyId: checked.definition.id,
          journeyVersion: checked.definition.version,
          answers: values,
          generation: 1,
          expiresAt,
          revoked: false,
        },
        { id: randomBytes(16).toString('hex') },
      );
      return { token: tokenFor(record.id, 1, expiresAt), expiresAt, saved: view(record) };
    },

    async resume(token, opts) {
      return view(await open(token, opts, true));
    },

    async update(token, expectedVersion, answers, opts) {
      const version = parseInput(z.number().int().min(1), expectedVersion, { path: ['expectedVersion'], codePrefix: 'registration' });
      const values = parseInput(AnswersSchema, answers, { path: ['answers'], codePrefix: 'registration.answers', what: 'answers' });
      const record = await open(token, opts, true);
      if (record.version !== version) {
        throw new ConflictError('registration.resume.stale', 'These answers were changed in another window. Reload the page to see them.', {
          path: ['expectedVersion'],
        });
      }
      return view(await saved.update(record.id, version, { ...record.data, answers: values }));
    },

    async revoke(token, opts) {
      const record = await open(token, opts, false);
      await saved.update(record.id, record.version, { ...record.data, revoked: true, generation: record.data.generation + 1 });
    },

    async discard(token, opts) {
      const { actor, locale } = parseInput(
        z.strictObject({ actor: z.string().min(1).max(200), locale: z.enum(['en', 'cy']).optional() }),
        opts,
        {
          path: ['options'],
          codePrefix: 'registration.options',
        },
      );
      const record = await open(token, locale ? { locale } : undefined, false);
      await saved.erase(record.id, { actor, metadata: { reason: 'registration.saved_journey.discarded' } });
    },
  };
}
