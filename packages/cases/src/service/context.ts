/**
 * What every part of the case service shares: the case types it runs, the
 * clock, reading a case the caller may see, the view of it, and `change`, the
 * one checked, versioned, audited step every change of a case goes through.
 */
import { ConflictError, isCivicError, NotFoundError, ValidationError, type ErrorPath } from '@civicbricks/core/errors';
import type { RandomSource } from '@civicbricks/core/reference';
import { toIsoDate } from '@civicbricks/core/working-days';
import type { StoredRecord, Store, Transaction } from '@civicbricks/storage';
import { parseSnapshot, type Effect, type JsonObject, type WorkflowSnapshot } from '@civicbricks/workflow';
import type { CaseType, FieldValue } from '../case-type.js';
import { CaseChangedError, CaseForbiddenError } from '../errors.js';
import { permittedActions, visibleFields } from '../permissions.js';
import type { CaseFlag } from '../schema.js';
import { slaStatus } from '../sla.js';
import {
  CASES_COLLECTION,
  caseRecord,
  SHARES_COLLECTION,
  shareRecord,
  type Actor,
  type CaseRecord,
  type CaseView,
  type ShareRecord,
  type TeamMember,
} from './records.js';

/** The record and audit entry one change produces; `effects` are the workflow's, queued in the outbox. */
export interface Change {
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

/** Works out one change of a case from the record read, inside the transaction that will write it. */
export type ApplyChange<C extends Change> = (
  record: CaseRecord,
  caseType: CaseType,
  roles: readonly string[],
  at: string,
  tx: Transaction,
) => C | Promise<C>;

export interface ChangeInput {
  readonly caseId: string;
  readonly expectedVersion: number;
  readonly actor: Actor;
}

/** Operations on people and the directory rather than on one case, granted by role in the service's options. */
export const SERVICE_OPERATIONS = ['manageDirectory', 'recordPeople', 'decideDuplicates', 'subjectAccess', 'erasePeople'] as const;
export type ServiceOperation = (typeof SERVICE_OPERATIONS)[number];
/** For each service operation, the roles (in the actor's own organisation) that may do it. Absent means nobody. */
export type ServiceRoles = Readonly<Partial<Record<ServiceOperation, readonly string[]>>>;

/** How an organisation reaches a case: it owns it, has someone on the team, or it was shared with it. */
export interface CaseAccess {
  readonly via: 'owner' | 'team' | 'share';
  /** Its active shares of the case (with a team member too, there may be shares). */
  readonly shares: readonly StoredRecord<ShareRecord>[];
  readonly sharedFields: ReadonlySet<string>;
}

export interface ServiceSettings {
  readonly serviceRoles: ServiceRoles;
  /** When true, a lead or team member must be active staff of their organisation in the directory. */
  readonly requireStaffRecords: boolean;
  /** Runs inside every case write's transaction, after the record: projections such as the work-queue index. */
  readonly afterWrite: ((tx: Transaction, stored: StoredRecord<unknown>) => Promise<void>) | undefined;
}

export interface ServiceContext {
  readonly store: Store;
  readonly settings: ServiceSettings;
  readonly clock: () => Date;
  readonly random: RandomSource | undefined;
  readonly types: ReadonlyMap<string, CaseType>;
  now(): string;
  /** The case type a case was opened under; `cases.case_type_version` if this service does not run that version. */
  typeOf(record: CaseRecord): CaseType;
  /** The case as `actor` may see it; `sharedFields` are those shared with their organisation on a recorded basis. */
  view(stored: StoredRecord<CaseRecord>, actor: Actor, sharedFields?: ReadonlySet<string>): CaseView;
  /**
   * Reads a case the actor's organisation is involved in (it owns it, has
   * someone on its team, or it is shared with it), or says it does not exist.
   */
  readCase(tx: Transaction | Store, caseId: string, actor: Actor): Promise<StoredRecord<CaseRecord>>;
  /** How the actor's organisation reaches a case, or undefined if it does not. */
  accessTo(handle: Transaction | Store, stored: StoredRecord<CaseRecord>, actor: Actor): Promise<CaseAccess | undefined>;
  /**
   * Records in the audit log that another organisation saw something of the
   * case (`case.viewed`), with how it reached it. Nothing for the owner's own staff.
   */
  recordView(handle: Transaction | Store, stored: StoredRecord<CaseRecord>, actor: Actor, access: CaseAccess, what: string): Promise<void>;
  /**
   * One change: read, check, write at the version read, audit; all in one
   * transaction. `apply` returns the new record data and the audit entry.
   */
  change(input: ChangeInput, apply: ApplyChange<Change>): Promise<CaseView>;
  /** `change` for a step that also writes a record of its own (a share, a task, a link) and returns it. */
  changeWith<T>(
    input: ChangeInput,
    apply: ApplyChange<Change & { readonly result: T }>,
  ): Promise<{ readonly view: CaseView; readonly result: T }>;
}

export function createContext(
  store: Store,
  types: ReadonlyMap<string, CaseType>,
  clock: () => Date,
  random: RandomSource | undefined,
  settings: ServiceSettings,
): ServiceContext {
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

  const view = (stored: StoredRecord<CaseRecord>, actor: Actor, sharedFields?: ReadonlySet<string>): CaseView => {
    const record = stored.data;
    const caseType = typeOf(record);
    const roles = rolesOn(record, actor);
    const visible = new Set([...visibleFields(caseType, roles), ...(sharedFields ?? [])]);
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
      assignee: record.assignee ?? null,
    };
  };

  const accessTo: ServiceContext['accessTo'] = async (handle, stored, actor) => {
    const organisationId = actor.organisationId;
    const shares = await activeShares(handle, stored.id, organisationId, toIsoDate(clock()));
    const sharedFields = new Set(shares.flatMap((share) => share.data.fields));
    if (stored.data.ownerOrganisationId === organisationId) return { via: 'owner', shares, sharedFields };
    if (involves(stored.data, organisationId)) return { via: 'team', shares, sharedFields };
    return shares.length > 0 ? { via: 'share', shares, sharedFields } : undefined;
  };

  const readCase = async (tx: Transaction | Store, caseId: string, actor: Actor): Promise<StoredRecord<CaseRecord>> => {
    const stored = await tx.collection(CASES_COLLECTION, caseRecord).get(caseId);
    if (stored !== undefined && (involves(stored.data, actor.organisationId) || (await accessTo(tx, stored, actor)) !== undefined)) {
      return stored;
    }
    throw new NotFoundError('cases.case_not_found', 'There is no case with this reference that you can see', { path: ['caseId'] });
  };

  const recordView: ServiceContext['recordView'] = async (handle, stored, actor, access, what) => {
    if (access.via === 'owner') return;
    await handle.audit.append({
      actor: actor.userId,
      action: 'case.viewed',
      collection: CASES_COLLECTION,
      recordId: stored.id,
      metadata: { organisation: actor.organisationId, via: access.via, shares: access.shares.map((share) => share.id), what },
    });
  };

  const changeWith: ServiceContext['changeWith'] = async <T>(input: ChangeInput, apply: ApplyChange<Change & { readonly result: T }>) => {
    const { stored, result } = await runChange(store, input.caseId, async (tx) => {
      const current = await readCase(tx, input.caseId, input.actor);
      if (current.version !== input.expectedVersion) throw new CaseChangedError(current.version);
      const caseType = typeOf(current.data);
      const outcome = await apply(current.data, caseType, rolesOn(current.data, input.actor), now(), tx);
      const updated = await tx.collection(CASES_COLLECTION, caseRecord).update(current.id, current.version, outcome.record);
      await settings.afterWrite?.(tx, updated);
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
      return { stored: updated, result: outcome.result };
    });
    return { view: view(stored, input.actor), result };
  };

  const change: ServiceContext['change'] = async (input, apply) =>
    (
      await changeWith(input, async (record, caseType, roles, at, tx) => ({
        ...(await apply(record, caseType, roles, at, tx)),
        result: undefined,
      }))
    ).view;

  const context: ServiceContext = {
    store,
    settings,
    clock,
    random,
    types,
    now,
    typeOf,
    view,
    readCase,
    accessTo,
    recordView,
    change,
    changeWith,
  };
  return context;
}

async function runChange<T>(store: Store, caseId: string, fn: (tx: Transaction) => Promise<T>): Promise<T> {
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

export async function enqueueCommands(tx: Transaction, caseId: string, effects: readonly Effect[], version: number): Promise<void> {
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

export function snapshotOf(caseType: CaseType, record: CaseRecord): WorkflowSnapshot {
  return parseSnapshot(caseType.machine, record.snapshot);
}

export function involves(record: CaseRecord, organisationId: string): boolean {
  return record.ownerOrganisationId === organisationId || record.team.some((member) => member.organisationId === organisationId);
}

/** The roles an actor acts with on a case: theirs in the owning organisation, and their roles on its team. */
export function rolesOn(
  record: Pick<CaseRecord, 'ownerOrganisationId'> & { readonly team: readonly Pick<TeamMember, 'userId' | 'organisationId' | 'role'>[] },
  actor: Pick<Actor, 'userId' | 'organisationId' | 'roles'>,
): readonly string[] {
  const roles = new Set(record.ownerOrganisationId === actor.organisationId ? actor.roles : []);
  for (const member of record.team) {
    if (member.userId === actor.userId && member.organisationId === actor.organisationId) roles.add(member.role);
  }
  return [...roles];
}

export function checkRole(caseType: CaseType, role: string, path: ErrorPath): void {
  if (!Object.hasOwn(caseType.roles, role)) {
    throw new ValidationError('cases.unknown_role', `"${role}" is not a role of this case type`, { path });
  }
}

export function checkFlags(caseType: CaseType, flags: readonly CaseFlag[]): void {
  flags.forEach((flag, index) => {
    if (!caseType.flags.includes(flag)) {
      throw new ValidationError('cases.flag_not_allowed', `Cases of this type cannot carry the flag "${flag}"`, {
        path: ['input', 'flags', index],
      });
    }
  });
}

export function fieldDetail(record: CaseRecord, fields: Readonly<Record<string, FieldValue>>): { before?: JsonObject; after?: JsonObject } {
  if (Object.keys(fields).length === 0) return {};
  const before: Record<string, FieldValue> = {};
  for (const name of Object.keys(fields)) {
    const value = record.fields[name];
    if (value !== undefined) before[name] = value;
  }
  return { before, after: { ...fields } };
}

/** Throws `CaseForbiddenError` naming the roles and the operation unless one of the actor's roles is granted it. */
export function assertServiceRole(settings: ServiceSettings, actor: Actor, operation: ServiceOperation): void {
  const allowed = settings.serviceRoles[operation] ?? [];
  if (!actor.roles.some((role) => allowed.includes(role))) throw new CaseForbiddenError(actor.roles, operation, undefined);
}

/** The shares of a case with one organisation that hold today (not revoked, not past their last day). */
export async function activeShares(
  handle: Transaction | Store,
  caseId: string,
  organisationId: string,
  today: string,
): Promise<StoredRecord<ShareRecord>[]> {
  const found: StoredRecord<ShareRecord>[] = [];
  let cursor: string | undefined;
  do {
    const page = await handle
      .collection(SHARES_COLLECTION, shareRecord)
      .list({ where: { caseId, organisationId, active: true }, limit: 500, ...(cursor === undefined ? {} : { cursor }) });
    found.push(...page.items.filter((share) => share.data.until === null || share.data.until >= today));
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return found;
}
