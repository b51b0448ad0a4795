/**
 * Submission: a finished journey becomes a stored record with a reference number, an audit entry and
 * a `registration.submitted` outbox event, in one transaction, once per idempotency key.
 */
import { createHash } from 'node:crypto';
import { ConflictError, isCivicError, UnavailableError, ValidationError } from '@civicbricks/core/errors';
import { generateReference } from '@civicbricks/core/reference';
import { parseInput } from '@civicbricks/core/validation';
import { canonicalJson, type JsonValue } from '@civicbricks/storage';
import { z } from 'zod';
import { answersToSubmit, readJourneyArg, type Answers, type Journey } from '../engine.js';
import { readStore } from './shared.js';

/** Submitted journeys. */
export const SUBMISSIONS = 'registration.submission';
/** One record per reference issued, so no reference is ever given twice. */
export const REFERENCES = 'registration.reference';
/** The outbox topic of a submission. */
export const SUBMITTED_TOPIC = 'registration.submitted';

/** The outbox event's payload: ids only, no personal data. */
export interface SubmittedEvent {
  readonly recordId: string;
  readonly reference: string;
  readonly journeyId: string;
  readonly journeyVersion: number;
}

export interface SubmitOptions {
  /** The same for every retry of one submission (a hidden form field made when the page was shown). */
  readonly idempotencyKey: string;
  /** When it was submitted (and today's date for the journey's date rules); now if absent. */
  readonly now?: string | Date;
  /** Pseudonymous id for the audit entry; `citizen` if absent. */
  readonly actor?: string;
}

export interface Submission {
  readonly recordId: string;
  readonly reference: string;
  readonly submittedAt: string;
  /** False when this idempotency key had already been submitted: the first submission is returned. */
  readonly created: boolean;
}

const SubmissionSchema = z.strictObject({
  reference: z.string(),
  journeyId: z.string(),
  journeyVersion: z.number().int().min(1),
  answers: z.record(z.string(), z.unknown()),
  submittedAt: z.iso.datetime(),
  /** SHA-256 of what was sent, to tell a retry from a different submission reusing the key. */
  digest: z.string(),
});
const ReferenceSchema = z.strictObject({ recordId: z.string() });
const OptionsSchema = z.strictObject({
  idempotencyKey: z.string().min(8, 'The idempotency key must be at least 8 characters (a UUID, for example)').max(200),
  now: z.union([z.iso.datetime({ offset: true }), z.date()]).optional(),
  actor: z.string().min(1).max(200).optional(),
});
const AnswersSchema = z.record(z.string(), z.unknown());
const REFERENCE_ATTEMPTS = 8;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Stores a finished journey: the answers on the path only, the journey's id and version, a new
 * reference (core's `generateReference`), an audit entry and a `registration.submitted` outbox event,
 * all in one transaction. The same idempotency key again (a double click, a retry after a timeout)
 * stores nothing new and returns the first submission, even when both arrive at once.
 *
 * @throws {IncompleteJourneyError} listing the pages still to answer;
 *   {@link ValidationError} `registration.prefill.unconfirmed` while prefilled answers are unconfirmed;
 *   {@link ConflictError} `registration.submission.key_reused` when the key was used for different answers.
 */
export async function submitJourney(store: unknown, journey: Journey, answers: Answers, options: SubmitOptions): Promise<Submission> {
  const s = readStore(store);
  const j = readJourneyArg(journey);
  const values = parseInput(AnswersSchema, answers, { path: ['answers'], codePrefix: 'registration.answers', what: 'answers' }) as Answers;
  const opts = parseInput(OptionsSchema, options, { path: ['options'], codePrefix: 'registration.options', what: 'submit options' });
  const at = opts.now === undefined ? new Date() : new Date(opts.now);
  const sent = answersToSubmit(j, values, { today: at });
  const digest = sha256(canonicalJson(sent as unknown as JsonValue));
  const recordId = `sub-${sha256(`${j.definition.id}\n${opts.idempotencyKey}`)}`;
  const submissions = s.collection(SUBMISSIONS, SubmissionSchema);

  const existing = async (): Promise<Submission> => {
    const record = await submissions.require(recordId);
    if (record.data.digest !== digest) {
      throw new ConflictError(
        'registration.submission.key_reused',
        'This idempotency key was already used to submit different answers: make a new key for each submission',
        { path: ['options', 'idempotencyKey'] },
      );
    }
    return { recordId, reference: record.data.reference, submittedAt: record.data.submittedAt, created: false };
  };

  // A retry after a timeout usually finds the first submission here, without a transaction.
  if (await submissions.get(recordId)) return existing();
  try {
    return await s.transaction(async (tx) => {
      const references = tx.collection(REFERENCES, ReferenceSchema);
      let reference: string | undefined;
      for (let attempt = 0; attempt < REFERENCE_ATTEMPTS && !reference; attempt += 1) {
        const candidate = generateReference();
        try {
          await references.insert({ recordId }, { id: candidate });
          reference = candidate;
        } catch (error) {
          if (!(isCivicError(error) && error.code === 'storage.record_exists')) throw error;
        }
      }
      if (!reference) {
        throw new UnavailableError('registration.submission.no_reference', 'Could not find an unused reference number; try again.');
      }
      const submittedAt = at.toISOString();
      await tx
        .collection(SUBMISSIONS, SubmissionSchema)
        .insert(
          { reference, journeyId: sent.journeyId, journeyVersion: sent.version, answers: sent.answers, submittedAt, digest },
          { id: recordId },
        );
      await tx.audit.append({
        actor: opts.actor ?? 'citizen',
        action: 'registration.submitted',
        collection: SUBMISSIONS,
        recordId,
        metadata: { journeyId: sent.journeyId, journeyVersion: sent.version },
      });
      const event: SubmittedEvent = { recordId, reference, journeyId: sent.journeyId, journeyVersion: sent.version };
      await tx.outbox.enqueue({ topic: SUBMITTED_TOPIC, payload: { ...event }, idempotencyKey: `${SUBMITTED_TOPIC}:${recordId}` });
      return { recordId, reference, submittedAt, created: true };
    });
  } catch (error) {
    // The same key committed first in another transaction: that one is the submission.
    if (isCivicError(error) && error.code === 'storage.record_exists' && (await submissions.get(recordId))) return existing();
    throw error;
  }
}

/** Reads a stored submission by its record id. */
export async function getSubmission(
  store: unknown,
  recordId: string,
): Promise<{ reference: string; journeyId: string; journeyVersion: number; answers: Answers; submittedAt: string } | undefined> {
  const s = readStore(store);
  if (typeof recordId !== 'string' || !/^sub-[0-9a-f]{64}$/.test(recordId)) {
    throw new ValidationError(
      'registration.submission.invalid_id',
      'A submission id is "sub-" and 64 hex digits, as submitJourney returns it',
      {
        path: ['recordId'],
      },
    );
  }
  const record = await s.collection(SUBMISSIONS, SubmissionSchema).get(recordId);
  if (!record) return undefined;
  const { digest: _digest, ...data } = record.data;
  return { ...data, answers: data.answers as Answers };
}
