/**
 * The case service: cases kept in `@civicbricks/storage`, changed only through
 * checked, permitted, audited steps.
 *
 * - Every change runs in one `store.transaction`: read the case, check the
 *   caller may do it, apply it (a workflow step where it is an action), write
 *   the record with `update(id, versionRead, …)`, append the audit entry and
 *   queue any workflow commands in the outbox. A write that finds the case
 *   changed since it was read is a `CaseChangedError`, never an overwrite; so is
 *   an `expectedVersion` (what the person's page showed) that is no longer current.
 * - Who sees what: a case is seen by its owning organisation and by the
 *   organisations with a member on its team; to anyone else it does not exist
 *   (`cases.case_not_found`). People of the owning organisation act with their
 *   organisation roles and their role on the case; people of other
 *   organisations with their role on the case only, so a manager elsewhere is
 *   not a manager here.
 * - One lead professional: none until allocated, then always exactly one.
 *   Transferring needs a reason, and the history keeps every lead with when and why.
 * - Notes are internal to their author's organisation unless shared with named
 *   organisations; no query returns a note to an organisation it was not shared with.
 * - Audit metadata holds only ids, names of fields and states, and counts;
 *   field values, note text and transfer reasons go in the erasable detail.
 */
import { ConflictError, isCivicError, NotFoundError, ValidationError } from '@civicbricks/core/errors';
import { generateReference, type RandomSource } from '@civicbricks/core/reference';
import { parseInput } from '@civicbricks/core/validation';
import type { StoredRecord, Store, Transaction } from '@civicbricks/storage';
import { parseSnapshot, start, transition, type Effect, type JsonObject, type WorkflowSnapshot } from '@civicbricks/workflow';
import * as z from 'zod/mini';
import { checkFieldValues, requireCaseType, type CaseType, type FieldValue } from '../case-type.js';
import { CaseChangedError } from '../errors.js';
import { assertCanChangeFields, assertCanPerform, assertCanTakeAction, permittedActions, visibleFields } from '../permissions.js';
import { CASE_FLAGS, type CaseFlag } from '../schema.js';
import { slaDueDates, slaRulesStoppedBy, slaStatus, type CaseSla, type SlaStatus } from '../sla.js';

export const CASES_COLLECTION = 'cases.case';
export const NOTES_COLLECTION = 'cases.note';

const MAX_REFERENCE_ATTEMPTS = 4;
const MAX_NOTE_LENGTH = 10_000;
const MAX_REASON_LENGTH = 2_000;

const id = (what: string) =>
  z.string(`${what} must be text`).check(z.minLength(1, `${what} is missing`), z.maxLength(200, `${what} is too long`));

const actorSchema = z.strictObject({
  userId: id('`actor.userId`'),
  organisationId: id('`actor.organisationId`'),
  /** The person's roles in their own organisation. */
  roles: z.array(id('A role')),
});

/** Who is asking: from the service's sign-in, never from the request body. Ids are pseudonymous. */
export type Actor = z.output<typeof actorSchema>;

const personSchema = z.strictObject({ userId: id('`userId`'), organisationId: id('`organisationId`'), role: id('`role`') });

/** A member of a case's team: a person in an organisation, with a role on this case. */
export type TeamMemberInput = z.output<typeof personSchema>;

const jsonValue = z.unknown();
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
const caseRecord = z.object({
  caseType: z.string(),
  caseTypeVersion: z.int(),
  ownerOrganisationId: z.string(),
  submittedAt: z.string(),
  openedAt: z.string(),
  openedBy: z.string(),
  state: z.array(z.string()),
  status: z.enum(['active', 'done']),
  snapshot: jsonValue,
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  flags: z.array(z.enum(CASE_FLAGS)),
  lead: z.nullable(leadRecord),
  leadHistory: z.array(leadSpell),
  team: z.array(memberRecord),
  sla: z.array(z.object({ rule: z.string(), dueDate: z.string(), metAt: z.nullable(z.string()) })),
});
type CaseRecord = z.output<typeof caseRecord>;

const noteRecord = z.object({
  caseId: z.string(),
  authorId: z.string(),
  organisationId: z.string(),
  body: z.string(),
  sharedWith: z.array(z.string()),
  createdAt: z.string(),
});

const fieldsInput = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
const versioned = {
  caseId: id('`caseId`'),
  expectedVersion: z.int('`expectedVersion` must be the version you loaded').check(z.minimum(1)),
  actor: actorSchema,
};

const openSchema = z.strictObject({
  caseType: id('`caseType`'),
  fields: fieldsInput,
  /** When the person applied or was referred; the SLA clock starts here. Now when absent. */
  submittedAt: z.optional(z.iso.datetime({ offset: true, error: '`submittedAt` must be an ISO 8601 date and time' })),
  flags: z.optional(z.array(z.enum(CASE_FLAGS))),
  actor: actorSchema,
});
const actionSchema = z.strictObject({
  ...versioned,
  action: id('`action`'),
  /** Values to record with the action (a decision, a summary): each must be a field the caller may change. */
  fields: z.optional(fieldsInput),
  /** Passed to the workflow's guards and actions as the event's data. */
  data: z.optional(z.record(z.string(), z.unknown())),
});
const changeFieldsSchema = z.strictObject({ ...versioned, fields: fieldsInput });
const flagsSchema = z.strictObject({ ...versioned, flags: z.array(z.enum(CASE_FLAGS)) });
const allocateSchema = z.strictObject({ ...versioned, lead: personSchema });
const reason = z.string('`reason` must be text').check(
  z.refine((value) => value.trim().length > 0, { message: 'Say why the lead professional is changing', abort: true }),
  z.maxLength(MAX_REASON_LENGTH, `\`reason\` must be at most ${MAX_REASON_LENGTH} characters`),
);
const transferSchema = z.strictObject({ ...versioned, to: personSchema, reason });
const addMemberSchema = z.strictObject({ ...versioned, member: personSchema });
const removeMemberSchema = z.strictObject({ ...versioned, userId: id('`userId`') });
const noteSchema = z.strictObject({
  caseId: id('`caseId`'),
  body: z.string('`body` must be text').check(
    z.refine((value) => value.trim().length > 0, { message: 'Write the note before saving it', abort: true }),
    z.maxLength(MAX_NOTE_LENGTH, `A note must be at most ${MAX_NOTE_LENGTH} characters`),
  ),
  /** Organisations that may read the note besides the author's own; empty for an internal note. */
  sharedWith: z.array(id('An organisation id')),
  actor: actorSchema,
});
const timelineSchema = z.strictObject({
  caseId: id('`caseId`'),
  actor: actorSchema,
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(500))),
  /** `nextAfterSeq` from the previous page. */
  afterSeq: z.optional(z.int().check(z.minimum(0))),
});
const listNotesSchema = z.strictObject({
  caseId: id('`caseId`'),
  actor: actorSchema,
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(200))),
  cursor: z.optional(z.string()),
});

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

export interface CaseServiceOptions {
  readonly store: Store;
  readonly caseTypes: readonly CaseType[];
  /** Defaults to the system clock; tests pass their own. */
  readonly clock?: () => Date;
  /** Random bytes for case references; only tests should need this. */
  readonly random?: RandomSource;
  /**
   * Runs inside the transaction of every case write (open and every change),
   * after the record is written: for projections that must never lag the
   * case, such as the work-queue index (`createCaseIndexer` in `@civicbricks/cases/queues`).
   */
  readonly afterWrite?: (tx: Transaction, stored: StoredRecord<unknown>) => Promise<void>;
}

export interface CaseService {
  /** Opens a case: a new reference (core's, with a check character), the workflow started, SLA due dates set. */
  open(input: z.input<typeof openSchema>): Promise<CaseView>;
  /** The case as the actor may see it; `cases.case_not_found` if their organisation is not involved. */
  get(caseId: string, actor: Actor): Promise<CaseView>;
  /** A workflow action, with any field values it records. */
  takeAction(input: z.input<typeof actionSchema>): Promise<CaseView>;
  changeFields(input: z.input<typeof changeFieldsSchema>): Promise<CaseView>;
  setFlags(input: z.input<typeof flagsSchema>): Promise<CaseView>;
  /** The first lead professional; `cases.lead_already_allocated` once there is one (transfer instead). */
  allocateLead(input: z.input<typeof allocateSchema>): Promise<CaseView>;
  /** Hands the lead to someone else, with a reason; the lead joins the team if not on it. */
  transferLead(input: z.input<typeof transferSchema>): Promise<CaseView>;
  addTeamMember(input: z.input<typeof addMemberSchema>): Promise<CaseView>;
  /** The lead cannot be removed (`cases.lead_cannot_leave`): transfer the lead first. */
  removeTeamMember(input: z.input<typeof removeMemberSchema>): Promise<CaseView>;
  addNote(input: z.input<typeof noteSchema>): Promise<CaseNote>;
  /** The notes the actor's organisation may read, oldest first. */
  listNotes(
    input: z.input<typeof listNotesSchema>,
  ): Promise<{ readonly items: readonly CaseNote[]; readonly nextCursor: string | undefined }>;
  /**
   * What happened to the case, oldest first, built from the audit log: the
   * entries of notes the reader's organisation may not read are left out, and
   * field names are only those the reader's roles may see.
   */
  timeline(
    input: z.input<typeof timelineSchema>,
  ): Promise<{ readonly items: readonly TimelineEntry[]; readonly nextAfterSeq: number | undefined }>;
}

const optionsSchema = z.strictObject({
  store: z.custom<Store>((value) => typeof value === 'object' && value !== null && 'transaction' in value, 'Pass a store from createStore'),
  caseTypes: z.array(z.unknown()).check(z.minLength(1, 'Give at least one case type')),
  clock: z.optional(z.custom<() => Date>((value) => typeof value === 'function', '`clock` must be a function returning a Date')),
  random: z.optional(z.custom<RandomSource>((value) => typeof value === 'function', '`random` must be a function')),
  afterWrite: z.optional(
    z.custom<CaseServiceOptions['afterWrite']>((value) => typeof value === 'function', '`afterWrite` must be a function'),
  ),
});

/** Makes the case service. Case types must come from `createCaseType`; one version per id. */
export function createCaseService(options: CaseServiceOptions): CaseService {
  const parsed = parseInput(optionsSchema, options, { path: ['options'], codePrefix: 'cases.options' });
  const { store } = parsed;
  const clock = parsed.clock ?? (() => new Date());
  const types = new Map<string, CaseType>();
  parsed.caseTypes.forEach((candidate, index) => {
    const caseType = requireCaseType(candidate, ['options', 'caseTypes', index]);
    if (types.has(caseType.id)) {
      throw new ValidationError(
        'cases.options.duplicate_case_type',
        `Two case types have the id "${caseType.id}": give one version of each`,
        {
          path: ['options', 'caseTypes', index],
        },
      );
    }
    types.set(caseType.id, caseType);
  });

  const now = (): string => clock().toISOString();
  const typeOf = (record: CaseRecord): CaseType => {
    const caseType = types.get(record.caseType);
    if (caseType === undefined || caseType.version !== record.caseTypeVersion) {
      throw new ConflictError(
        'cases.case_type_version',
        `This case was opened under version ${record.caseTypeVersion} of "${record.caseType}", which this service does not run`,
      );
    }
    return caseType;
  };

  const view = (stored: StoredRecord<CaseRecord>, actor: Actor): CaseView => {
    const record = stored.data;
    const caseType = typeOf(record);
    const roles = rolesOn(record, actor);
    const visible = visibleFields(caseType, roles);
    const at = clock();
    return {
      id: stored.id,
      version: stored.version,
      caseType: record.caseType,
      caseTypeVersion: record.caseTypeVersion,
      ownerOrganisationId: record.ownerOrganisationId,
      submittedAt: record.submittedAt,
      openedAt: record.openedAt,
      state: record.state,
      status: record.status,
      fields: Object.fromEntries(Object.entries(record.fields).filter(([name]) => visible.has(name))),
      flags: record.flags,
      lead: record.lead,
      leadHistory: record.leadHistory,
      team: record.team,
      sla: record.sla.map((sla) => ({ ...sla, status: slaStatus(sla, at) })),
      roles,
      permittedActions: permittedActions(caseType, roles, snapshotOf(caseType, record)),
    };
  };

  /** Reads a case the actor's organisation is involved in, or says it does not exist. */
  const readCase = async (tx: Transaction | Store, caseId: string, actor: Actor): Promise<StoredRecord<CaseRecord>> => {
    const stored = await tx.collection(CASES_COLLECTION, caseRecord).get(caseId);
    if (stored === undefined || !involves(stored.data, actor.organisationId)) {
      throw new NotFoundError('cases.case_not_found', 'There is no case with this reference that you can see', { path: ['caseId'] });
    }
    return stored;
  };

  /**
   * One change: read, check, write at the version read, audit; all in one
   * transaction. `change` returns the new record data and the audit entry.
   */
  const change = async (
    input: { readonly caseId: string; readonly expectedVersion: number; readonly actor: Actor },
    apply: (record: CaseRecord, caseType: CaseType, roles: readonly string[], at: string) => Change,
  ): Promise<CaseView> => {
    const stored = await runChange(store, input.caseId, async (tx) => {
      const current = await readCase(tx, input.caseId, input.actor);
      if (current.version !== input.expectedVersion) throw new CaseChangedError(current.version);
      const caseType = typeOf(current.data);
      const outcome = apply(current.data, caseType, rolesOn(current.data, input.actor), now());
      const updated = await tx.collection(CASES_COLLECTION, caseRecord).update(current.id, current.version, outcome.record);
      await parsed.afterWrite?.(tx, updated);
      await tx.audit.append({
        actor: input.actor.userId,
        action: outcome.audit.action,
        collection: CASES_COLLECTION,
        recordId: current.id,
        fields: outcome.audit.fields ?? [],
        metadata: { ...outcome.audit.metadata, version: updated.version, organisation: input.actor.organisationId },
        ...(outcome.audit.before === undefined ? {} : { before: outcome.audit.before }),
        ...(outcome.audit.after === undefined ? {} : { after: outcome.audit.after }),
      });
      await enqueueCommands(tx, current.id, outcome.effects ?? [], updated.version);
      return updated;
    });
    return view(stored, input.actor);
  };

  return {
    async open(input) {
      const args = parseInput(openSchema, input, { path: ['input'], codePrefix: 'cases.open' });
      const caseType = types.get(args.caseType);
      if (caseType === undefined) {
        throw new ValidationError('cases.unknown_case_type', `This service has no case type "${args.caseType}"`, {
          path: ['input', 'caseType'],
        });
      }
      assertCanPerform(caseType, args.actor.roles, 'open');
      const fields = checkFieldValues(caseType, args.fields, { requireAll: true, path: ['input', 'fields'] });
      const flags = unique(args.flags ?? []);
      // Flagging a case is its own permission, at opening as later.
      if (flags.length > 0) assertCanPerform(caseType, args.actor.roles, 'setFlags');
      checkFlags(caseType, flags);
      const openedAt = now();
      const submittedAt = args.submittedAt === undefined ? openedAt : new Date(args.submittedAt).toISOString();
      if (submittedAt > openedAt) {
        throw new ValidationError('cases.open.submitted_in_future', '`submittedAt` cannot be later than now', {
          path: ['input', 'submittedAt'],
        });
      }
      const started = start(caseType.machine, openedAt);
      const stopped = slaRulesStoppedBy(caseType, started.snapshot.state);
      const record: CaseRecord = {
        caseType: caseType.id,
        caseTypeVersion: caseType.version,
        ownerOrganisationId: args.actor.organisationId,
        submittedAt,
        openedAt,
        openedBy: args.actor.userId,
        state: [...started.snapshot.state],
        status: started.snapshot.status,
        snapshot: started.snapshot,
        fields: { ...fields },
        flags,
        lead: null,
        leadHistory: [],
        team: [],
        sla: slaDueDates(caseType, new Date(submittedAt)).map(({ rule, dueDate }) => ({
          rule,
          dueDate,
          metAt: stopped.has(rule) ? openedAt : null,
        })),
      };
      for (let attempt = 1; ; attempt += 1) {
        const reference = generateReference(parsed.random === undefined ? {} : { random: parsed.random });
        try {
          const stored = await store.transaction(async (tx) => {
            const inserted = await tx.collection(CASES_COLLECTION, caseRecord).insert(record, { id: reference });
            await parsed.afterWrite?.(tx, inserted);
            await tx.audit.append({
              actor: args.actor.userId,
              action: 'case.opened',
              collection: CASES_COLLECTION,
              recordId: reference,
              fields: Object.keys(fields),
              metadata: {
                caseType: caseType.id,
                caseTypeVersion: caseType.version,
                state: leaf(record.state),
                organisation: args.actor.organisationId,
                flags,
              },
              after: { fields },
            });
            await enqueueCommands(tx, reference, started.effects, 1);
            return inserted;
          });
          return view(stored, args.actor);
        } catch (error) {
          // Two draws of a random reference can collide; the store's unique id says so, and another is drawn.
          if (!(isCivicError(error) && error.code === 'storage.record_exists') || attempt >= MAX_REFERENCE_ATTEMPTS) throw error;
        }
      }
    },

    async get(caseId, actor) {
      const args = parseInput(
        z.strictObject({ caseId: id('`caseId`'), actor: actorSchema }),
        { caseId, actor },
        { codePrefix: 'cases.get' },
      );
      return view(await readCase(store, args.caseId, args.actor), args.actor);
    },

    async takeAction(input) {
      const args = parseInput(actionSchema, input, { path: ['input'], codePrefix: 'cases.action' });
      return change(args, (record, caseType, roles, at) => {
        const snapshot = snapshotOf(caseType, record);
        assertCanTakeAction(caseType, roles, snapshot.state, args.action);
        const fields = args.fields === undefined ? {} : checkFieldValues(caseType, args.fields, { path: ['input', 'fields'] });
        assertCanChangeFields(caseType, roles, Object.keys(fields));
        const event = args.data === undefined ? { type: args.action } : { type: args.action, data: args.data as JsonObject };
        const step = transition(caseType.machine, snapshot, event, at);
        const stopped = slaRulesStoppedBy(caseType, step.snapshot.state);
        return {
          record: {
            ...record,
            state: [...step.snapshot.state],
            status: step.snapshot.status,
            snapshot: step.snapshot,
            fields: { ...record.fields, ...fields },
            sla: record.sla.map((sla) => (sla.metAt === null && stopped.has(sla.rule) ? { ...sla, metAt: at } : sla)),
          },
          audit: {
            action: 'case.action',
            fields: Object.keys(fields),
            metadata: { action: args.action, from: leaf(record.state), to: leaf(step.snapshot.state), seq: step.snapshot.seq },
            ...fieldDetail(record, fields),
          },
          effects: step.effects,
        };
      });
    },

    async changeFields(input) {
      const args = parseInput(changeFieldsSchema, input, { path: ['input'], codePrefix: 'cases.fields' });
      return change(args, (record, caseType, roles) => {
        const fields = checkFieldValues(caseType, args.fields, { path: ['input', 'fields'] });
        assertCanChangeFields(caseType, roles, Object.keys(fields));
        return {
          record: { ...record, fields: { ...record.fields, ...fields } },
          audit: { action: 'case.fields_changed', fields: Object.keys(fields), metadata: {}, ...fieldDetail(record, fields) },
        };
      });
    },

    async setFlags(input) {
      const args = parseInput(flagsSchema, input, { path: ['input'], codePrefix: 'cases.flags' });
      return change(args, (record, caseType, roles) => {
        assertCanPerform(caseType, roles, 'setFlags');
        const flags = unique(args.flags);
        checkFlags(caseType, flags);
        return {
          record: { ...record, flags },
          audit: {
            action: 'case.flags_changed',
            metadata: {
              added: flags.filter((flag) => !record.flags.includes(flag)),
              removed: record.flags.filter((flag) => !flags.includes(flag)),
            },
          },
        };
      });
    },

    async allocateLead(input) {
      const args = parseInput(allocateSchema, input, { path: ['input'], codePrefix: 'cases.lead' });
      return change(args, (record, caseType, roles, at) => {
        assertCanPerform(caseType, roles, 'allocateLead');
        if (record.lead !== null) {
          throw new ConflictError('cases.lead_already_allocated', 'This case already has a lead professional: transfer the lead instead', {
            path: ['input', 'lead'],
          });
        }
        checkRole(caseType, args.lead.role, ['input', 'lead', 'role']);
        return {
          record: {
            ...record,
            lead: { userId: args.lead.userId, organisationId: args.lead.organisationId, since: at },
            leadHistory: [...record.leadHistory, spell(args.lead, at, args.actor)],
            team: withMember(record.team, args.lead, at, args.actor),
          },
          audit: { action: 'case.lead_allocated', metadata: { lead: args.lead.userId, leadOrganisation: args.lead.organisationId } },
        };
      });
    },

    async transferLead(input) {
      const args = parseInput(transferSchema, input, { path: ['input'], codePrefix: 'cases.lead' });
      return change(args, (record, caseType, roles, at) => {
        assertCanPerform(caseType, roles, 'transferLead');
        const current = record.lead;
        if (current === null) {
          throw new ConflictError('cases.no_lead', 'This case has no lead professional yet: allocate one first', { path: ['input', 'to'] });
        }
        if (current.userId === args.to.userId) {
          throw new ValidationError('cases.lead.same_lead', 'This person is already the lead professional', {
            path: ['input', 'to', 'userId'],
          });
        }
        checkRole(caseType, args.to.role, ['input', 'to', 'role']);
        const endReason = args.reason.trim();
        return {
          record: {
            ...record,
            lead: { userId: args.to.userId, organisationId: args.to.organisationId, since: at },
            leadHistory: [
              ...record.leadHistory.map((entry) => (entry.to === null ? { ...entry, to: at, endReason } : entry)),
              spell(args.to, at, args.actor),
            ],
            team: withMember(record.team, args.to, at, args.actor),
          },
          audit: {
            action: 'case.lead_transferred',
            metadata: {
              from: current.userId,
              fromOrganisation: current.organisationId,
              to: args.to.userId,
              toOrganisation: args.to.organisationId,
            },
            // The reason can name people and events: it is erasable detail, not chain metadata.
            after: { reason: endReason },
          },
        };
      });
    },

    async addTeamMember(input) {
      const args = parseInput(addMemberSchema, input, { path: ['input'], codePrefix: 'cases.team' });
      return change(args, (record, caseType, roles, at) => {
        assertCanPerform(caseType, roles, 'manageTeam');
        checkRole(caseType, args.member.role, ['input', 'member', 'role']);
        if (record.team.some((member) => member.userId === args.member.userId)) {
          throw new ConflictError('cases.team.already_member', 'This person is already on the case team', {
            path: ['input', 'member', 'userId'],
          });
        }
        return {
          record: { ...record, team: withMember(record.team, args.member, at, args.actor) },
          audit: {
            action: 'case.team_member_added',
            metadata: { member: args.member.userId, memberOrganisation: args.member.organisationId, role: args.member.role },
          },
        };
      });
    },

    async removeTeamMember(input) {
      const args = parseInput(removeMemberSchema, input, { path: ['input'], codePrefix: 'cases.team' });
      return change(args, (record, caseType, roles) => {
        assertCanPerform(caseType, roles, 'manageTeam');
        const member = record.team.find((entry) => entry.userId === args.userId);
        if (member === undefined) {
          throw new NotFoundError('cases.team.not_member', 'This person is not on the case team', { path: ['input', 'userId'] });
        }
        if (record.lead?.userId === args.userId) {
          throw new ConflictError(
            'cases.lead_cannot_leave',
            'The lead professional cannot leave the team: transfer the lead to someone else first',
            {
              path: ['input', 'userId'],
            },
          );
        }
        return {
          record: { ...record, team: record.team.filter((entry) => entry.userId !== args.userId) },
          audit: { action: 'case.team_member_removed', metadata: { member: member.userId, memberOrganisation: member.organisationId } },
        };
      });
    },

    async addNote(input) {
      const args = parseInput(noteSchema, input, { path: ['input'], codePrefix: 'cases.note' });
      const sharedWith = unique(args.sharedWith.filter((organisation) => organisation !== args.actor.organisationId));
      return store.transaction(async (tx) => {
        const stored = await readCase(tx, args.caseId, args.actor);
        assertCanPerform(typeOf(stored.data), rolesOn(stored.data, args.actor), 'addNote');
        const note = await tx.collection(NOTES_COLLECTION, noteRecord).insert({
          caseId: stored.id,
          authorId: args.actor.userId,
          organisationId: args.actor.organisationId,
          body: args.body,
          sharedWith,
          createdAt: now(),
        });
        await tx.audit.append({
          actor: args.actor.userId,
          action: 'case.note_added',
          collection: CASES_COLLECTION,
          recordId: stored.id,
          metadata: { note: note.id, organisation: args.actor.organisationId, sharedWith },
          after: { body: args.body },
        });
        return toNote(note);
      });
    },

    async listNotes(input) {
      const args = parseInput(listNotesSchema, input, { path: ['input'], codePrefix: 'cases.notes' });
      await readCase(store, args.caseId, args.actor);
      const limit = args.limit ?? 50;
      const notes = store.collection(NOTES_COLLECTION, noteRecord);
      const items: CaseNote[] = [];
      let cursor = args.cursor;
      // Notes the reader may not see are skipped here, in the brick, so a page may need several reads.
      // Each read asks for no more than the page still needs, so the cursor never passes a note not returned.
      do {
        const page = await notes.list({
          where: { caseId: args.caseId },
          limit: limit - items.length,
          ...(cursor === undefined ? {} : { cursor }),
        });
        for (const note of page.items) {
          if (mayRead(note.data, args.actor.organisationId)) items.push(toNote(note));
        }
        cursor = page.nextCursor;
      } while (items.length < limit && cursor !== undefined);
      return { items, nextCursor: cursor };
    },

    async timeline(input) {
      const args = parseInput(timelineSchema, input, { path: ['input'], codePrefix: 'cases.timeline' });
      const stored = await readCase(store, args.caseId, args.actor);
      const visible = visibleFields(typeOf(stored.data), rolesOn(stored.data, args.actor));
      const limit = args.limit ?? 100;
      const items: TimelineEntry[] = [];
      let afterSeq = args.afterSeq ?? 0;
      let more = true;
      // As with notes: each read asks for no more than the page still needs, so no entry is passed over.
      while (more && items.length < limit) {
        const wanted = limit - items.length;
        const entries = await store.audit.list({ collection: CASES_COLLECTION, recordId: stored.id, afterSeq, limit: wanted });
        for (const entry of entries) {
          afterSeq = entry.seq;
          if (entry.action === 'case.note_added' && !mayReadNoteEntry(entry.metadata, args.actor.organisationId)) continue;
          items.push({
            seq: entry.seq,
            at: entry.at,
            actor: entry.actor,
            action: entry.action,
            fields: entry.fields.filter((field) => visible.has(field)),
            metadata: entry.metadata,
          });
        }
        more = entries.length === wanted;
      }
      return { items, nextAfterSeq: more ? afterSeq : undefined };
    },
  };
}

function mayReadNoteEntry(metadata: JsonObject, organisationId: string): boolean {
  const sharedWith = metadata['sharedWith'];
  return metadata['organisation'] === organisationId || (Array.isArray(sharedWith) && sharedWith.includes(organisationId));
}

interface Change {
  readonly record: CaseRecord;
  readonly audit: {
    readonly action: string;
    readonly fields?: readonly string[];
    readonly metadata: JsonObject;
    readonly before?: JsonObject;
    readonly after?: JsonObject;
  };
  readonly effects?: readonly Effect[];
}

async function runChange(
  store: Store,
  caseId: string,
  fn: (tx: Transaction) => Promise<StoredRecord<CaseRecord>>,
): Promise<StoredRecord<CaseRecord>> {
  try {
    return await store.transaction(fn);
  } catch (error) {
    if (isCivicError(error) && (error.code === 'storage.version_conflict' || error.code === 'storage.transaction_conflict')) {
      const current = await store.collection(CASES_COLLECTION, caseRecord).get(caseId);
      throw new CaseChangedError(current?.version, { cause: error });
    }
    throw error;
  }
}

async function enqueueCommands(tx: Transaction, caseId: string, effects: readonly Effect[], version: number): Promise<void> {
  let index = 0;
  for (const effect of effects) {
    if (effect.type !== 'command') continue;
    index += 1;
    await tx.outbox.enqueue({
      topic: effect.command,
      payload: { caseId, version, action: effect.action, payload: effect.payload },
      // The case's id and version identify the step, so a retried transaction queues the same messages once.
      idempotencyKey: `cases:${caseId}:${version}:${index}`,
    });
  }
}

function snapshotOf(caseType: CaseType, record: CaseRecord): WorkflowSnapshot {
  return parseSnapshot(caseType.machine, record.snapshot);
}

function involves(record: CaseRecord, organisationId: string): boolean {
  return record.ownerOrganisationId === organisationId || record.team.some((member) => member.organisationId === organisationId);
}

function rolesOn(record: CaseRecord, actor: Actor): readonly string[] {
  const roles = new Set(record.ownerOrganisationId === actor.organisationId ? actor.roles : []);
  for (const member of record.team) {
    if (member.userId === actor.userId && member.organisationId === actor.organisationId) roles.add(member.role);
  }
  return [...roles];
}

function mayRead(note: z.output<typeof noteRecord>, organisationId: string): boolean {
  return note.organisationId === organisationId || note.sharedWith.includes(organisationId);
}

function toNote(note: StoredRecord<z.output<typeof noteRecord>>): CaseNote {
  return { id: note.id, ...note.data };
}

function spell(person: TeamMemberInput, at: string, actor: Actor): LeadSpell {
  return { userId: person.userId, organisationId: person.organisationId, from: at, to: null, endReason: null, allocatedBy: actor.userId };
}

function withMember(team: readonly TeamMember[], person: TeamMemberInput, at: string, actor: Actor): TeamMember[] {
  if (team.some((member) => member.userId === person.userId)) return [...team];
  return [...team, { userId: person.userId, organisationId: person.organisationId, role: person.role, addedAt: at, addedBy: actor.userId }];
}

function checkRole(caseType: CaseType, role: string, path: readonly (string | number)[]): void {
  if (!Object.hasOwn(caseType.roles, role)) {
    throw new ValidationError('cases.unknown_role', `"${role}" is not a role of this case type`, { path });
  }
}

function checkFlags(caseType: CaseType, flags: readonly CaseFlag[]): void {
  flags.forEach((flag, index) => {
    if (!caseType.flags.includes(flag)) {
      throw new ValidationError('cases.flag_not_allowed', `Cases of this type cannot carry the flag "${flag}"`, {
        path: ['input', 'flags', index],
      });
    }
  });
}

function fieldDetail(record: CaseRecord, fields: Readonly<Record<string, FieldValue>>): { before?: JsonObject; after?: JsonObject } {
  if (Object.keys(fields).length === 0) return {};
  const before: Record<string, FieldValue> = {};
  for (const name of Object.keys(fields)) {
    const value = record.fields[name];
    if (value !== undefined) before[name] = value;
  }
  return { before, after: { ...fields } };
}

function leaf(state: readonly string[]): string {
  return state[state.length - 1] ?? '';
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
