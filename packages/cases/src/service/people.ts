/**
 * People: one person record that cases in several services link to, and the
 * whole-person view of everything linked to them that the viewer's
 * organisation may see. A person is seen by the organisation that recorded
 * them and by any organisation that can reach a case linked to them; to
 * anyone else the record does not exist. Views by another organisation are
 * recorded in the audit log, case by case.
 */
import { ConflictError, isCivicError, NotFoundError } from '@civicbricks/core/errors';
import { isIsoDate } from '@civicbricks/core/working-days';
import { parseInput } from '@civicbricks/core/validation';
import type { StoredRecord, Store, Transaction } from '@civicbricks/storage';
import * as z from 'zod/mini';
import { assertCanPerform } from '../permissions.js';
import { NAME_PATTERN } from '../schema.js';
import type { MatchingOptions } from '../matching.js';
import { assertServiceRole, type ServiceContext } from './context.js';
import { raisePossibleDuplicates } from './duplicates.js';
import { people, personLinks, postcodeKey, reachPerson, toLink, toPerson } from './person-store.js';
import { readableDocuments } from './documents.js';
import { readableNotes } from './notes.js';
import { readableTasks } from './tasks.js';
import {
  actorSchema,
  id,
  PEOPLE_COLLECTION,
  PERSON_SOURCES,
  versioned,
  type Actor,
  type CaseDocument,
  type CaseNote,
  type CaseTask,
  type CaseView,
  type PersonLink,
  type PersonRecord,
  type PersonSource,
  type PersonView,
} from './records.js';

const MAX_NAME_LENGTH = 200;
const nameText = (what: string) =>
  z.string(`${what} must be text`).check(
    z.refine((value) => value.trim().length > 0, { message: `Enter the person's ${what}`, abort: true }),
    z.maxLength(MAX_NAME_LENGTH, `The ${what} must be at most ${MAX_NAME_LENGTH} characters`),
  );
const dateOfBirth = z
  .string('`dateOfBirth` must be a date')
  .check(z.refine((value) => isIsoDate(value), 'Enter the date of birth as a real date, YYYY-MM-DD'));
const postcode = z.string('`postcode` must be text').check(z.maxLength(10, 'A postcode is at most 10 characters'));

export const personInput = z.strictObject({
  givenName: nameText('given name'),
  familyName: nameText('family name'),
  otherNames: z.optional(z.array(nameText('other name')).check(z.maxLength(20))),
  dateOfBirth: z.optional(dateOfBirth),
  postcode: z.optional(postcode),
});
export const recordPersonSchema = z.strictObject({
  person: personInput,
  /** How the person came to be recorded: a citizen's journey submission, staff entry, or an import. */
  source: z.enum(PERSON_SOURCES, `\`source\` must be one of ${PERSON_SOURCES.join(', ')}`),
  actor: actorSchema,
});
const relationship = z
  .string('`relationship` must be text')
  .check(z.regex(NAME_PATTERN, '`relationship` must be a short code such as "subject", "parent" or "carer"'));
export const linkPersonSchema = z.strictObject({ ...versioned, personId: id('`personId`'), relationship });
export const unlinkPersonSchema = z.strictObject({ ...versioned, personId: id('`personId`') });
export const importPeopleSchema = z.strictObject({
  people: z
    .array(personInput)
    .check(z.minLength(1, 'Give at least one person to import'), z.maxLength(500, 'Import at most 500 people at once')),
  actor: actorSchema,
});
export const personViewSchema = z.strictObject({ personId: id('`personId`'), actor: actorSchema });

/** One linked case in the whole-person view, as far as the viewer's organisation may see it. */
export interface PersonCase {
  readonly link: PersonLink;
  readonly case: CaseView;
  /** The case's notes the viewer's organisation may read, oldest first. */
  readonly notes: readonly CaseNote[];
  /** The tasks it may see. */
  readonly tasks: readonly CaseTask[];
  /** The documents it may read (without their bytes). */
  readonly documents: readonly CaseDocument[];
}

/** A person just recorded, and how many possible duplicates went to the queue. */
export interface RecordedPerson extends PersonView {
  readonly possibleDuplicates: number;
}

/** Everything linked to one person that the viewer may see. */
export interface PersonOverview {
  readonly person: PersonView;
  readonly cases: readonly PersonCase[];
}

export interface PeopleMethods {
  /**
   * Needs the service role `recordPeople`. Checks the new record against the
   * people the organisation may see and queues every possible duplicate.
   */
  recordPerson(input: z.input<typeof recordPersonSchema>): Promise<RecordedPerson>;
  /** Records many people from an import (`recordPeople`), all or none, each checked for duplicates like `recordPerson`. */
  importPeople(input: z.input<typeof importPeopleSchema>): Promise<readonly RecordedPerson[]>;
  /** The person record, if the actor's organisation may see it. */
  getPerson(personId: string, actor: Actor): Promise<PersonView>;
  /** Links a person to a case (`linkPeople` on the case). A person links to a case once. */
  linkPerson(input: z.input<typeof linkPersonSchema>): Promise<PersonLink>;
  unlinkPerson(input: z.input<typeof unlinkPersonSchema>): Promise<void>;
  /** Everything linked to the person that the viewer's organisation may see; views by others are audited. */
  personView(input: z.input<typeof personViewSchema>): Promise<PersonOverview>;
}

export function peopleMethods(context: ServiceContext, matching?: MatchingOptions): PeopleMethods {
  const { store, now, settings, recordView, view, change, changeWith } = context;

  const reach = (handle: Store | Transaction, personId: string, actor: Actor) => reachPerson(context, handle, personId, actor);

  const record = async (
    tx: Transaction,
    person: z.output<typeof personInput>,
    source: PersonSource,
    actor: Actor,
  ): Promise<RecordedPerson> => {
    const data: PersonRecord = {
      givenName: person.givenName.trim(),
      familyName: person.familyName.trim(),
      otherNames: (person.otherNames ?? []).map((name) => name.trim()),
      dateOfBirth: person.dateOfBirth ?? null,
      postcode: person.postcode?.trim().toUpperCase() ?? null,
      postcodeKey: postcodeKey(person.postcode),
      organisationId: actor.organisationId,
      recordedBy: actor.userId,
      recordedAt: now(),
      source,
      status: 'active',
      mergedInto: null,
    };
    const stored = await people(tx).insert(data);
    await tx.audit.append({
      actor: actor.userId,
      action: 'person.recorded',
      collection: PEOPLE_COLLECTION,
      recordId: stored.id,
      metadata: { source, organisation: actor.organisationId },
      // Names, date of birth and postcode are the erasable detail, never chain metadata.
      after: { person: { ...person } },
    });
    const possibleDuplicates = await raisePossibleDuplicates(context, tx, stored, actor, matching);
    return { ...toPerson(stored), possibleDuplicates };
  };

  const recordPersonView = async (handle: Store | Transaction, person: StoredRecord<PersonRecord>, actor: Actor, what: string) => {
    if (person.data.organisationId === actor.organisationId) return;
    await handle.audit.append({
      actor: actor.userId,
      action: 'person.viewed',
      collection: PEOPLE_COLLECTION,
      recordId: person.id,
      metadata: { organisation: actor.organisationId, what },
    });
  };

  return {
    async recordPerson(input) {
      const args = parseInput(recordPersonSchema, input, { path: ['input'], codePrefix: 'cases.person' });
      assertServiceRole(settings, args.actor, 'recordPeople');
      return store.transaction((tx) => record(tx, args.person, args.source, args.actor));
    },

    async importPeople(input) {
      const args = parseInput(importPeopleSchema, input, { path: ['input'], codePrefix: 'cases.import' });
      assertServiceRole(settings, args.actor, 'recordPeople');
      // One transaction: an import that fails part way leaves nothing behind to tidy up.
      return store.transaction(async (tx) => {
        const recorded: RecordedPerson[] = [];
        for (const person of args.people) recorded.push(await record(tx, person, 'import', args.actor));
        return recorded;
      });
    },

    async getPerson(personId, actor) {
      const args = parseInput(personViewSchema, { personId, actor }, { codePrefix: 'cases.person' });
      return store.transaction(async (tx) => {
        const { person } = await reach(tx, args.personId, args.actor);
        await recordPersonView(tx, person, args.actor, 'person');
        return toPerson(person);
      });
    },

    async linkPerson(input) {
      const args = parseInput(linkPersonSchema, input, { path: ['input'], codePrefix: 'cases.link' });
      const linkId = `${args.caseId}:${args.personId}`;
      try {
        const { result } = await changeWith(args, async (record, caseType, roles, at, tx) => {
          assertCanPerform(caseType, roles, 'linkPeople');
          const { person } = await reach(tx, args.personId, args.actor).catch((error: unknown) => {
            throw isCivicError(error) && error.code === 'cases.person_not_found'
              ? new NotFoundError('cases.person_not_found', 'There is no person with this id that you can see', {
                  path: ['input', 'personId'],
                })
              : error;
          });
          if (person.data.status === 'merged') {
            throw new ConflictError(
              'cases.person_merged',
              'This person record was merged into another: link the record it was merged into',
              {
                path: ['input', 'personId'],
              },
            );
          }
          const link = await personLinks(tx).insert(
            {
              personId: args.personId,
              caseId: args.caseId,
              relationship: args.relationship,
              linkedAt: at,
              linkedBy: args.actor.userId,
              organisationId: args.actor.organisationId,
            },
            { id: linkId },
          );
          return {
            result: toLink(link),
            record,
            audit: { action: 'case.person_linked', metadata: { person: args.personId, relationship: args.relationship, link: linkId } },
          };
        });
        return result;
      } catch (error) {
        if (isCivicError(error) && error.code === 'storage.record_exists') {
          throw new ConflictError('cases.person_already_linked', 'This person is already linked to the case', {
            path: ['input', 'personId'],
          });
        }
        throw error;
      }
    },

    async unlinkPerson(input) {
      const args = parseInput(unlinkPersonSchema, input, { path: ['input'], codePrefix: 'cases.link' });
      await change(args, async (record, caseType, roles, _at, tx) => {
        assertCanPerform(caseType, roles, 'linkPeople');
        const link = await personLinks(tx).get(`${args.caseId}:${args.personId}`);
        if (link === undefined) {
          throw new NotFoundError('cases.person_not_linked', 'This person is not linked to the case', { path: ['input', 'personId'] });
        }
        await personLinks(tx).delete(link.id, link.version);
        return { record, audit: { action: 'case.person_unlinked', metadata: { person: args.personId, link: link.id } } };
      });
    },

    async personView(input) {
      const args = parseInput(personViewSchema, input, { path: ['input'], codePrefix: 'cases.person' });
      return store.transaction(async (tx) => {
        const { person, reached } = await reach(tx, args.personId, args.actor);
        await recordPersonView(tx, person, args.actor, 'person-view');
        const cases: PersonCase[] = [];
        for (const { link, stored, access } of reached) {
          await recordView(tx, stored, args.actor, access, 'person-view');
          cases.push({
            link: toLink(link),
            case: view(stored, args.actor, access.sharedFields),
            notes: await readableNotes(tx, stored.id, args.actor.organisationId),
            tasks: await readableTasks(tx, stored.id, args.actor.organisationId),
            documents: await readableDocuments(tx, stored, args.actor.organisationId),
          });
        }
        return { person: toPerson(person), cases };
      });
    },
  };
}
