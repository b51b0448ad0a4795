/**
 * Recording a person: the one way a person record is made, whether from a
 * citizen's journey, staff entry, an import or a case opened for someone new,
 * so that every one of them is checked for possible duplicates.
 */
import { isIsoDate } from '@civicbricks/core/working-days';
import type { Transaction } from '@civicbricks/storage';
import * as z from 'zod/mini';
import type { MatchingOptions } from '../matching.js';
import type { ServiceContext } from './context.js';
import { raisePossibleDuplicates } from './duplicates.js';
import { people, postcodeKey, toPerson } from './person-store.js';
import { PEOPLE_COLLECTION, type Actor, type PersonRecord, type PersonSource, type PersonView } from './records.js';

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
export type PersonInput = z.output<typeof personInput>;

/** A person just recorded, and how many possible duplicates went to the queue. */
export interface RecordedPerson extends PersonView {
  readonly possibleDuplicates: number;
}

export async function recordPersonIn(
  context: ServiceContext,
  tx: Transaction,
  person: PersonInput,
  source: PersonSource,
  actor: Actor,
  matching: MatchingOptions | undefined,
): Promise<RecordedPerson> {
  const data: PersonRecord = {
    givenName: person.givenName.trim(),
    familyName: person.familyName.trim(),
    otherNames: (person.otherNames ?? []).map((name) => name.trim()),
    dateOfBirth: person.dateOfBirth ?? null,
    postcode: person.postcode?.trim().toUpperCase() ?? null,
    postcodeKey: postcodeKey(person.postcode),
    organisationId: actor.organisationId,
    recordedBy: actor.userId,
    recordedAt: context.now(),
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
}
