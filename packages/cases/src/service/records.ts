/**
 * What the case service stores and the shapes it shares between its parts:
 * the collections, the record schemas (what storage validates every write
 * against), the actor and the views callers receive.
 */
import type { JsonObject } from '@civicbricks/workflow';
import * as z from 'zod/mini';
import type { FieldValue } from '../case-type.js';
import { CASE_FLAGS, type CaseFlag } from '../schema.js';
import type { CaseSla, SlaStatus } from '../sla.js';

export const CASES_COLLECTION = 'cases.case';
export const NOTES_COLLECTION = 'cases.note';

export const id = (what: string) =>
  z.string(`${what} must be text`).check(z.minLength(1, `${what} is missing`), z.maxLength(200, `${what} is too long`));

export const actorSchema = z.strictObject({
  userId: id('`actor.userId`'),
  organisationId: id('`actor.organisationId`'),
  /** The person's roles in their own organisation. */
  roles: z.array(id('A role')),
});

/** Who is asking: from the service's sign-in, never from the request body. Ids are pseudonymous. */
export type Actor = z.output<typeof actorSchema>;

export const personSchema = z.strictObject({ userId: id('`userId`'), organisationId: id('`organisationId`'), role: id('`role`') });

/** A member of a case's team: a person in an organisation, with a role on this case. */
export type TeamMemberInput = z.output<typeof personSchema>;

const memberRecord = z.object({
  userId: z.string(),
  organisationId: z.string(),
  role: z.string(),
  addedAt: z.string(),
  addedBy: z.string(),
});
const leadRecord = z.object({ userId: z.string(), organisationId: z.string(), since: z.string() });
const leadSpell = z.object({
  userId: z.string(),
  organisationId: z.string(),
  from: z.string(),
  /** When this spell ended; null for the current lead. */
  to: z.nullable(z.string()),
  /** Why the lead moved on (given at the transfer that ended this spell). */
  endReason: z.nullable(z.string()),
  allocatedBy: z.string(),
});
const assigneeRecord = z.object({ userId: z.string(), organisationId: z.string(), since: z.string(), assignedBy: z.string() });

export const caseRecord = z.object({
  caseType: z.string(),
  caseTypeVersion: z.int(),
  ownerOrganisationId: z.string(),
  submittedAt: z.string(),
  openedAt: z.string(),
  openedBy: z.string(),
  state: z.array(z.string()),
  status: z.enum(['active', 'done']),
  snapshot: z.unknown(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  flags: z.array(z.enum(CASE_FLAGS)),
  lead: z.nullable(leadRecord),
  leadHistory: z.array(leadSpell),
  team: z.array(memberRecord),
  sla: z.array(z.object({ rule: z.string(), dueDate: z.string(), metAt: z.nullable(z.string()) })),
  /** The worker who has picked the case up; absent on cases stored before assignment existed. */
  assignee: z.optional(z.nullable(assigneeRecord)),
});
export type CaseRecord = z.output<typeof caseRecord>;

export const noteRecord = z.object({
  caseId: z.string(),
  authorId: z.string(),
  organisationId: z.string(),
  body: z.string(),
  sharedWith: z.array(z.string()),
  createdAt: z.string(),
});
export type NoteRecord = z.output<typeof noteRecord>;

export const fieldsInput = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/** The fields every change of a case names: which case, the version the person's page showed, and who. */
export const versioned = {
  caseId: id('`caseId`'),
  expectedVersion: z.int('`expectedVersion` must be the version you loaded').check(z.minimum(1)),
  actor: actorSchema,
};

/** A case as one person may see it: fields filtered to their roles, SLA worked out for now. */
export interface CaseView {
  readonly id: string;
  readonly version: number;
  readonly caseType: string;
  readonly caseTypeVersion: number;
  readonly ownerOrganisationId: string;
  readonly submittedAt: string;
  readonly openedAt: string;
  /** Active states, outermost first. */
  readonly state: readonly string[];
  readonly status: 'active' | 'done';
  readonly fields: Readonly<Record<string, FieldValue>>;
  readonly flags: readonly CaseFlag[];
  readonly lead: { readonly userId: string; readonly organisationId: string; readonly since: string } | null;
  readonly leadHistory: readonly LeadSpell[];
  readonly team: readonly TeamMember[];
  readonly sla: readonly (CaseSla & { readonly status: SlaStatus })[];
  /** The roles the viewer acts with on this case. */
  readonly roles: readonly string[];
  /** What the viewer may do now: allowed by the workflow and granted to their roles. */
  readonly permittedActions: readonly string[];
  /** Who has picked the case up, or null while it waits in a queue. */
  readonly assignee: Assignee | null;
}

export interface Assignee {
  readonly userId: string;
  readonly organisationId: string;
  readonly since: string;
  readonly assignedBy: string;
}

export interface LeadSpell {
  readonly userId: string;
  readonly organisationId: string;
  readonly from: string;
  readonly to: string | null;
  readonly endReason: string | null;
  readonly allocatedBy: string;
}

export interface TeamMember {
  readonly userId: string;
  readonly organisationId: string;
  readonly role: string;
  readonly addedAt: string;
  readonly addedBy: string;
}

export interface CaseNote {
  readonly id: string;
  readonly caseId: string;
  readonly authorId: string;
  readonly organisationId: string;
  readonly body: string;
  /** Empty for a note internal to its organisation. */
  readonly sharedWith: readonly string[];
  readonly createdAt: string;
}

/** One thing that happened to a case, from the audit log: who, what, when, which fields; never the values. */
export interface TimelineEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  /** Only the fields the reader's roles may see. */
  readonly fields: readonly string[];
  readonly metadata: JsonObject;
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export function leaf(state: readonly string[]): string {
  return state[state.length - 1] ?? '';
}

/** People and how they came to be recorded: a citizen's journey submission, staff entry, or a bulk import. */
export const PEOPLE_COLLECTION = 'cases.person';
export const PERSON_LINKS_COLLECTION = 'cases.person_link';
export const PERSON_SOURCES = ['journey', 'staff', 'import'] as const;
export type PersonSource = (typeof PERSON_SOURCES)[number];

/**
 * A person several cases, in several services, link to. Personal data lives
 * here and in case fields, never in audit metadata, so erasing the record
 * (and its audit detail) removes it. `dateOfBirth` and `postcodeKey` are top
 * level so that duplicate checks can ask the store for candidates by equality.
 */
export const personRecord = z.object({
  givenName: z.string(),
  familyName: z.string(),
  /** Known-as and previous names. */
  otherNames: z.array(z.string()),
  /** `YYYY-MM-DD`, or null when not known. */
  dateOfBirth: z.nullable(z.string()),
  postcode: z.nullable(z.string()),
  /** The postcode in capitals without spaces, for matching. */
  postcodeKey: z.nullable(z.string()),
  /** The organisation that recorded the person. */
  organisationId: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  source: z.enum(PERSON_SOURCES),
  /** `merged` once a person decided this record was a duplicate of `mergedInto`. */
  status: z.enum(['active', 'merged']),
  mergedInto: z.nullable(z.string()),
});
export type PersonRecord = z.output<typeof personRecord>;

/** One case linked to one person, with how the person relates to the case ("subject", "parent", "carer"). */
export const personLinkRecord = z.object({
  personId: z.string(),
  caseId: z.string(),
  relationship: z.string(),
  linkedAt: z.string(),
  linkedBy: z.string(),
  organisationId: z.string(),
});
export type PersonLinkRecord = z.output<typeof personLinkRecord>;

/** A person record as callers receive it. */
export interface PersonView {
  readonly id: string;
  readonly version: number;
  readonly givenName: string;
  readonly familyName: string;
  readonly otherNames: readonly string[];
  readonly dateOfBirth: string | null;
  readonly postcode: string | null;
  readonly organisationId: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly source: PersonSource;
  readonly status: 'active' | 'merged';
  readonly mergedInto: string | null;
}

export interface PersonLink {
  readonly id: string;
  readonly personId: string;
  readonly caseId: string;
  readonly relationship: string;
  readonly linkedAt: string;
  readonly linkedBy: string;
  readonly organisationId: string;
}

/** Shares of a case with another organisation, each on a recorded basis. */
export const SHARES_COLLECTION = 'cases.share';
export const LEGAL_BASES = [
  'safeguarding',
  'crime-and-disorder',
  'vital-interests',
  'legal-obligation',
  'public-task',
  'court-order',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];
export const CONSENT_CHANNELS = ['in-person', 'phone', 'online', 'letter', 'email'] as const;

const consentBasis = z.object({
  kind: z.literal('consent'),
  /** Who gave consent, as the worker recorded it ("Sam's mother, Alex Jones"): personal data, kept in the share record only. */
  givenBy: z.string(),
  /** ISO 8601 date and time. */
  givenAt: z.string(),
  /** The words the person agreed to, as they were put to them. */
  wording: z.string(),
  channel: z.enum(CONSENT_CHANNELS),
});
const legalBasis = z.object({
  kind: z.literal('legal'),
  basis: z.enum(LEGAL_BASES),
  /** Why the basis applies here ("section 47 enquiry"). */
  detail: z.string(),
});
export const sharingBasis = z.union([consentBasis, legalBasis]);
export type SharingBasis = z.output<typeof sharingBasis>;

export const shareRecord = z.object({
  caseId: z.string(),
  /** The organisation the case is shared with. */
  organisationId: z.string(),
  /** The case fields it may see (beyond what a role on the team would give it). */
  fields: z.array(z.string()),
  basis: sharingBasis,
  grantedBy: z.string(),
  grantedByOrganisation: z.string(),
  grantedAt: z.string(),
  /** Last day (`YYYY-MM-DD`) the share holds, or null until revoked. */
  until: z.nullable(z.string()),
  active: z.boolean(),
  revokedAt: z.nullable(z.string()),
  revokedBy: z.nullable(z.string()),
});
export type ShareRecord = z.output<typeof shareRecord>;

export interface CaseShare extends ShareRecord {
  readonly id: string;
}

export const TASKS_COLLECTION = 'cases.task';
export const TASK_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A piece of case work with an owner and a due date in working days. */
export const taskRecord = z.object({
  caseId: z.string(),
  /** What is to be done; may name the person, so it is kept here and in erasable audit detail only. */
  title: z.string(),
  assigneeId: z.nullable(z.string()),
  assigneeOrganisation: z.nullable(z.string()),
  /** `YYYY-MM-DD`: the last working day for the task. */
  dueDate: z.string(),
  status: z.enum(TASK_STATUSES),
  /** Working days before the due date that the assignee is reminded; null for no reminder. */
  remindBefore: z.nullable(z.int()),
  /** The task version whose reminder is the one in force; an older reminder in the outbox is dropped. */
  reminderFor: z.nullable(z.int()),
  organisationId: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  completedAt: z.nullable(z.string()),
});
export type TaskRecord = z.output<typeof taskRecord>;

export interface CaseTask extends TaskRecord {
  readonly id: string;
  readonly version: number;
}

export const DOCUMENTS_COLLECTION = 'cases.document';
export const DOCUMENT_CONTENT_COLLECTION = 'cases.document_content';

/** What is known of an uploaded document; its bytes are a record of their own, read only on download. */
export const documentRecord = z.object({
  caseId: z.string(),
  /** The file name as uploaded, cleaned of paths and control characters. */
  filename: z.string(),
  /** Sniffed from the first bytes, never taken from the upload. */
  contentType: z.string(),
  size: z.int(),
  /** SHA-256 of the bytes, hex. */
  sha256: z.string(),
  source: z.enum(['citizen', 'staff']),
  uploadedBy: z.string(),
  organisationId: z.string(),
  uploadedAt: z.string(),
  /** Organisations besides the uploader's and the case owner's that may read it. */
  sharedWith: z.array(z.string()),
});
export type DocumentRecord = z.output<typeof documentRecord>;
export const documentContentRecord = z.object({ caseId: z.string(), base64: z.string() });

export interface CaseDocument extends DocumentRecord {
  readonly id: string;
}

export const POSSIBLE_DUPLICATES_COLLECTION = 'cases.possible_duplicate';

/** A pair a matcher found alike: waiting for a person to decide, never merged by itself. */
export const possibleDuplicateRecord = z.object({
  /** The record just made (by a journey, staff or an import). */
  personId: z.string(),
  /** The record already held that it resembles. */
  candidateId: z.string(),
  score: z.number(),
  /** Codes from the matcher (`given-name-variant`, `postcode`), never values. */
  reasons: z.array(z.string()),
  /** The organisation whose queue it is in: the one that recorded the new person. */
  organisationId: z.string(),
  source: z.enum(PERSON_SOURCES),
  raisedAt: z.string(),
  status: z.enum(['open', 'merged', 'distinct']),
  decidedAt: z.nullable(z.string()),
  decidedBy: z.nullable(z.string()),
  /** After a merge, the record kept. */
  keptId: z.nullable(z.string()),
});
export type PossibleDuplicateRecord = z.output<typeof possibleDuplicateRecord>;

export interface PossibleDuplicate extends PossibleDuplicateRecord {
  readonly id: string;
  readonly version: number;
}
