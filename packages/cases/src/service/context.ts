/**
 * What every part of the case service shares: the case types it runs, the
 * clock, reading a case the caller may see, the view of it, and `change`, the
 * one checked, versioned, audited step every change of a case goes through.
 */
import { ConflictError, isCivicError, NotFoundError, ValidationError, type ErrorPath } from '@civicbricks/core/errors';
import type { RandomSource } from '@civicbricks/core/reference';
import type { StoredRecord, Store, Transaction } from '@civicbricks/storage';
import { parseSnapshot, type Effect, type JsonObject, type WorkflowSnapshot } from '@civicbricks/workflow';
import type { CaseType, FieldValue } from '../case-type.js';
import { CaseChangedError } from '../errors.js';
import { permittedActions, visibleFields } from '../permissions.js';
import type { CaseFlag } from '../schema.js';
import { slaStatus } from '../sla.js';
import { CASES_COLLECTION, caseRecord, type Actor, type CaseRecord, type CaseView } from './records.js';

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

export interface ChangeInput {
  readonly caseId: string;
  readonly expectedVersion: number;
  readonly actor: Actor;
}

export interface ServiceContext {
  readonly store: Store;
  readonly clock: () => Date;
  readonly random: RandomSource | undefined;
  readonly types: ReadonlyMap<string, CaseType>;
  now(): string;
  /** The case type a case was opened under; `cases.case_type_version` if this service does not run that version. */
  typeOf(record: CaseRecord): CaseType;
  view(stored: StoredRecord<CaseRecord>, actor: Actor): CaseView;
  /** Reads a case the actor's organisation is involved in, or says it does not exist. */
  readCase(tx: Transaction | Store, caseId: string, actor: Actor): Promise<StoredRecord<CaseRecord>>;
  /**
   * One change: read, check, write at the version read, audit; all in one
   * transaction. `apply` returns the new record data and the audit entry.
   */
  change(
    input: ChangeInput,
    apply: (record: CaseRecord, caseType: CaseType, roles: readonly string[], at: string) => Change,
  ): Promise<CaseView>;
}

export function createContext(store: Store, types: ReadonlyMap<string, CaseType>, clock: () => Date, random: RandomSource | undefined) {
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

  const readCase = async (tx: Transaction | Store, caseId: string, actor: Actor): Promise<StoredRecord<CaseRecord>> => {
    const stored = await tx.collection(CASES_COLLECTION, caseRecord).get(caseId);
    if (stored === undefined || !involves(stored.data, actor.organisationId)) {
      throw new NotFoundError('cases.case_not_found', 'There is no case with this reference that you can see', { path: ['caseId'] });
    }
    return stored;
  };

  const change: ServiceContext['change'] = async (input, apply) => {
    const stored = await runChange(store, input.caseId, async (tx) => {
      const current = await readCase(tx, input.caseId, input.actor);
      if (current.version !== input.expectedVersion) throw new CaseChangedError(current.version);
      const caseType = typeOf(current.data);
      const outcome = apply(current.data, caseType, rolesOn(current.data, input.actor), now());
      const updated = await tx.collection(CASES_COLLECTION, caseRecord).update(current.id, current.version, outcome.record);
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

  const context: ServiceContext = { store, clock, random, types, now, typeOf, view, readCase, change };
  return context;
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

export function rolesOn(record: CaseRecord, actor: Actor): readonly string[] {
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
