/** Reading and writing person records and their links to cases: shared by people, duplicates and the rights of the person. */
import { NotFoundError } from '@civicbricks/core/errors';
import type { StoredRecord, Store, Transaction } from '@civicbricks/storage';
import type { CaseAccess, ServiceContext } from './context.js';
import { after, listAll } from './listing.js';
import {
  CASES_COLLECTION,
  caseRecord,
  PEOPLE_COLLECTION,
  PERSON_LINKS_COLLECTION,
  personLinkRecord,
  personRecord,
  type Actor,
  type CaseRecord,
  type PersonLink,
  type PersonLinkRecord,
  type PersonRecord,
  type PersonView,
} from './records.js';

export function postcodeKey(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  const key = value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return key.length === 0 ? null : key;
}

export function toPerson(stored: StoredRecord<PersonRecord>): PersonView {
  const { postcodeKey: _key, ...person } = stored.data;
  return { id: stored.id, version: stored.version, ...person };
}

export function toLink(stored: StoredRecord<PersonLinkRecord>): PersonLink {
  return { id: stored.id, ...stored.data };
}

export const people = (handle: Store | Transaction) => handle.collection(PEOPLE_COLLECTION, personRecord);
export const personLinks = (handle: Store | Transaction) => handle.collection(PERSON_LINKS_COLLECTION, personLinkRecord);

/** The links of one person to cases, oldest first. */
export function linksOf(handle: Store | Transaction, personId: string): Promise<StoredRecord<PersonLinkRecord>[]> {
  return listAll((cursor) => personLinks(handle).list({ where: { personId }, limit: 500, ...after(cursor) }));
}

/** A linked case the viewer's organisation can reach, and how. */
export interface ReachedCase {
  readonly link: StoredRecord<PersonLinkRecord>;
  readonly stored: StoredRecord<CaseRecord>;
  readonly access: CaseAccess;
}

/**
 * The person and the linked cases the actor's organisation can reach. A person
 * is seen by the organisation that recorded them and by any that reaches one
 * of their cases; to anyone else `cases.person_not_found`, so that their
 * existence is not given away.
 */
export async function reachPerson(
  context: ServiceContext,
  handle: Store | Transaction,
  personId: string,
  actor: Actor,
): Promise<{ readonly person: StoredRecord<PersonRecord>; readonly reached: readonly ReachedCase[] }> {
  const notFound = () =>
    new NotFoundError('cases.person_not_found', 'There is no person with this id that you can see', { path: ['personId'] });
  const person = await people(handle).get(personId);
  if (person === undefined) throw notFound();
  const reached: ReachedCase[] = [];
  for (const link of await linksOf(handle, personId)) {
    const stored = await handle.collection(CASES_COLLECTION, caseRecord).get(link.data.caseId);
    if (stored === undefined) continue;
    const access = await context.accessTo(handle, stored, actor);
    if (access !== undefined) reached.push({ link, stored, access });
  }
  if (person.data.organisationId !== actor.organisationId && reached.length === 0) throw notFound();
  return { person, reached };
}
