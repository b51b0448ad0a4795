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
