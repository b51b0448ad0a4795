/**
 * Possible duplicates. Every way a person is recorded (a journey submission,
 * staff entry, an import) runs the matcher against the people the recording
 * organisation may see who share a date of birth or a postcode with the new
 * record; each match goes in that organisation's "possible duplicate" queue.
 * Nothing is merged until someone with `decideDuplicates` says so, and a
 * merge keeps both records and both histories: the one not kept is marked
 * `merged` into the other, and its links to cases are copied across.
 */
import { ConflictError, NotFoundError, ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import type { StoredRecord, Transaction } from '@civicbricks/storage';
import * as z from 'zod/mini';
import { createMatcher, type MatchingOptions } from '../matching.js';
import { assertServiceRole, type ServiceContext } from './context.js';
import { after, listAll } from './listing.js';
import { linksOf, people, personLinks, reachPerson, toPerson } from './person-store.js';
import {
  actorSchema,
  CASES_COLLECTION,
  id,
  PEOPLE_COLLECTION,
  POSSIBLE_DUPLICATES_COLLECTION,
  possibleDuplicateRecord,
  type Actor,
  type PersonRecord,
  type PersonView,
  type PossibleDuplicate,
  type PossibleDuplicateRecord,
} from './records.js';

export const listDuplicatesSchema = z.strictObject({
  status: z.optional(z.enum(['open', 'merged', 'distinct'])),
  actor: actorSchema,
});
export const decideDuplicateSchema = z.strictObject({
  duplicateId: id('`duplicateId`'),
  expectedVersion: z.int('`expectedVersion` must be the version you loaded').check(z.minimum(1)),
  /** `merge` keeps `keep` and marks the other merged into it; `distinct` says they are two people. */
  decision: z.enum(['merge', 'distinct'], '`decision` must be "merge" or "distinct"'),
  /** For a merge: the id of the record to keep, one of the pair. */
  keep: z.optional(id('`keep`')),
  actor: actorSchema,
});

/** A queue entry with both records, for the person deciding. */
export interface PossibleDuplicatePair {
  readonly duplicate: PossibleDuplicate;
  readonly person: PersonView;
  readonly candidate: PersonView;
}

export interface DuplicateMethods {
  /** The actor's organisation's queue (`decideDuplicates`), oldest first; open entries unless `status` says otherwise. */
  listPossibleDuplicates(input: z.input<typeof listDuplicatesSchema>): Promise<readonly PossibleDuplicatePair[]>;
  /** Decides one entry (`decideDuplicates`). A merge keeps both histories. */
  decideDuplicate(input: z.input<typeof decideDuplicateSchema>): Promise<PossibleDuplicate>;
}

const duplicatesOf = (handle: Transaction | ServiceContext['store']) =>
  handle.collection(POSSIBLE_DUPLICATES_COLLECTION, possibleDuplicateRecord);

function toDuplicate(stored: StoredRecord<PossibleDuplicateRecord>): PossibleDuplicate {
  return { id: stored.id, version: stored.version, ...stored.data };
}

/**
 * Runs the matcher for a person just recorded and queues every match; returns
 * how many. Candidates are found by equality on the date of birth and the
 * postcode, so a match on names alone (no date, another postcode) is not
 * looked for: with the default weights it could not reach the threshold.
 */
export async function raisePossibleDuplicates(
  context: ServiceContext,
  tx: Transaction,
  recorded: StoredRecord<PersonRecord>,
  actor: Actor,
  matching: MatchingOptions | undefined,
): Promise<number> {
  const match = createMatcher(matching);
  const found = new Map<string, StoredRecord<PersonRecord>>();
  const collect = async (where: Record<string, string>) => {
    const page = await listAll((cursor) => people(tx).list({ where: { ...where, status: 'active' }, limit: 500, ...after(cursor) }));
    for (const candidate of page) if (candidate.id !== recorded.id) found.set(candidate.id, candidate);
  };
  if (recorded.data.dateOfBirth !== null) await collect({ dateOfBirth: recorded.data.dateOfBirth });
  if (recorded.data.postcodeKey !== null) await collect({ postcodeKey: recorded.data.postcodeKey });
  let raised = 0;
  for (const candidate of found.values()) {
    const result = match(recorded.data, candidate.data);
    if (!result.match) continue;
    // Only people the organisation may already see: the queue must not reveal anyone else's records.
    const visible = await reachPerson(context, tx, candidate.id, actor).then(
      () => true,
      () => false,
    );
    if (!visible) continue;
    const entry = await duplicatesOf(tx).insert({
      personId: recorded.id,
      candidateId: candidate.id,
      score: result.score,
      reasons: [...result.reasons],
      organisationId: actor.organisationId,
      source: recorded.data.source,
      raisedAt: context.now(),
      status: 'open',
      decidedAt: null,
      decidedBy: null,
      keptId: null,
    });
    await tx.audit.append({
      actor: actor.userId,
      action: 'person.possible_duplicate',
      collection: PEOPLE_COLLECTION,
      recordId: recorded.id,
      metadata: { duplicate: entry.id, candidate: candidate.id, score: result.score, reasons: [...result.reasons] },
    });
    raised += 1;
  }
  return raised;
}

export function duplicateMethods(context: ServiceContext): DuplicateMethods {
  const { store, settings, now } = context;
  return {
    async listPossibleDuplicates(input) {
      const args = parseInput(listDuplicatesSchema, input, { path: ['input'], codePrefix: 'cases.duplicates' });
      assertServiceRole(settings, args.actor, 'decideDuplicates');
      const entries = await listAll((cursor) =>
        duplicatesOf(store).list({
          where: { organisationId: args.actor.organisationId, status: args.status ?? 'open' },
          limit: 500,
          ...after(cursor),
        }),
      );
      const pairs: PossibleDuplicatePair[] = [];
      for (const entry of entries) {
        const person = await people(store).get(entry.data.personId);
        const candidate = await people(store).get(entry.data.candidateId);
        // An erased record leaves nothing to decide.
        if (person === undefined || candidate === undefined) continue;
        pairs.push({ duplicate: toDuplicate(entry), person: toPerson(person), candidate: toPerson(candidate) });
      }
      return pairs;
    },

    async decideDuplicate(input) {
      const args = parseInput(decideDuplicateSchema, input, { path: ['input'], codePrefix: 'cases.duplicate' });
      assertServiceRole(settings, args.actor, 'decideDuplicates');
      return store.transaction(async (tx) => {
        const entry = await duplicatesOf(tx).get(args.duplicateId);
        if (entry === undefined || entry.data.organisationId !== args.actor.organisationId) {
          throw new NotFoundError('cases.duplicate.not_found', 'There is no such possible duplicate in your queue', {
            path: ['input', 'duplicateId'],
          });
        }
        if (entry.version !== args.expectedVersion || entry.data.status !== 'open') {
          throw new ConflictError('cases.duplicate.decided', 'Someone has already decided this possible duplicate: reload the queue', {
            path: ['input', 'duplicateId'],
          });
        }
        const at = now();
        if (args.decision === 'distinct') {
          const saved = await duplicatesOf(tx).update(entry.id, entry.version, {
            ...entry.data,
            status: 'distinct',
            decidedAt: at,
            decidedBy: args.actor.userId,
          });
          await tx.audit.append({
            actor: args.actor.userId,
            action: 'person.duplicate_rejected',
            collection: PEOPLE_COLLECTION,
            recordId: entry.data.personId,
            metadata: { duplicate: entry.id, candidate: entry.data.candidateId },
          });
          return toDuplicate(saved);
        }
        const pair = [entry.data.personId, entry.data.candidateId];
        if (args.keep === undefined || !pair.includes(args.keep)) {
          throw new ValidationError('cases.duplicate.keep', 'Say which of the two records to keep', { path: ['input', 'keep'] });
        }
        const keptId = args.keep;
        const goneId = pair.find((personId) => personId !== keptId) ?? keptId;
        const kept = await people(tx).get(keptId);
        const gone = await people(tx).get(goneId);
        if (kept === undefined || gone === undefined || kept.data.status !== 'active' || gone.data.status !== 'active') {
          throw new ConflictError('cases.duplicate.gone', 'One of these records has since been merged or erased: reload the queue', {
            path: ['input', 'duplicateId'],
          });
        }
        // The record not kept stays, marked: its history is still its own, and the export finds it through `mergedInto`.
        await people(tx).update(gone.id, gone.version, { ...gone.data, status: 'merged', mergedInto: kept.id });
        const existing = new Set((await linksOf(tx, kept.id)).map((link) => link.data.caseId));
        for (const link of await linksOf(tx, gone.id)) {
          if (existing.has(link.data.caseId)) continue;
          const copied = await personLinks(tx).insert(
            { ...link.data, personId: kept.id, linkedAt: at, linkedBy: args.actor.userId },
            { id: `${link.data.caseId}:${kept.id}` },
          );
          await tx.audit.append({
            actor: args.actor.userId,
            action: 'case.person_linked',
            collection: CASES_COLLECTION,
            recordId: link.data.caseId,
            metadata: {
              person: kept.id,
              relationship: link.data.relationship,
              link: copied.id,
              mergedFrom: gone.id,
              organisation: args.actor.organisationId,
            },
          });
        }
        for (const [recordId, other] of [
          [kept.id, gone.id],
          [gone.id, kept.id],
        ] as const) {
          await tx.audit.append({
            actor: args.actor.userId,
            action: 'person.merged',
            collection: PEOPLE_COLLECTION,
            recordId,
            metadata: { duplicate: entry.id, kept: kept.id, merged: gone.id, other },
          });
        }
        const saved = await duplicatesOf(tx).update(entry.id, entry.version, {
          ...entry.data,
          status: 'merged',
          decidedAt: at,
          decidedBy: args.actor.userId,
          keptId: kept.id,
        });
        return toDuplicate(saved);
      });
    },
  };
}
