/**
 * Permissions, deny by default: a role may do only what the case type grants
 * it, in so many words. Nothing is inherited from role names, and an action
 * granted in a compound state is granted in every state inside it (that is
 * where the case is). The case service calls these before every change, so a
 * user interface that shows a button by mistake still cannot take the action.
 */
import { allowedEvents, type WorkflowSnapshot } from '@civicbricks/workflow';
import type { CaseType } from './case-type.js';
import { CaseForbiddenError } from './errors.js';
import type { CaseOperation } from './schema.js';

/** True when one of `roles` is granted `action` in one of the active `state`s (outermost first). */
export function canTakeAction(caseType: CaseType, roles: readonly string[], state: readonly string[], action: string): boolean {
  const granted = Object.hasOwn(caseType.actions, action) ? caseType.actions[action]?.allowed : undefined;
  if (granted === undefined) return false;
  return state.some((stateName) => {
    const allowed = Object.hasOwn(granted, stateName) ? granted[stateName] : undefined;
    return allowed !== undefined && roles.some((role) => allowed.includes(role));
  });
}

/** Throws `CaseForbiddenError` naming the roles and the action unless `canTakeAction`. */
export function assertCanTakeAction(caseType: CaseType, roles: readonly string[], state: readonly string[], action: string): void {
  if (!canTakeAction(caseType, roles, state, action)) throw new CaseForbiddenError(roles, action, state);
}

/**
 * The actions these roles may take now: the workflow allows them (guards
 * evaluated) and the case type grants them. What a page should offer.
 */
export function permittedActions(caseType: CaseType, roles: readonly string[], snapshot: WorkflowSnapshot): readonly string[] {
  return allowedEvents(caseType.machine, snapshot).filter((event) => canTakeAction(caseType, roles, snapshot.state, event));
}

/** True when one of `roles` is granted the operation (opening, allocating the lead, notes and so on). */
export function canPerform(caseType: CaseType, roles: readonly string[], operation: CaseOperation): boolean {
  const allowed = caseType.operations[operation];
  return allowed !== undefined && roles.some((role) => allowed.includes(role));
}

/** Throws `CaseForbiddenError` unless `canPerform`. */
export function assertCanPerform(caseType: CaseType, roles: readonly string[], operation: CaseOperation): void {
  if (!canPerform(caseType, roles, operation)) throw new CaseForbiddenError(roles, operation, undefined);
}

/** The fields one of `roles` may see. */
export function visibleFields(caseType: CaseType, roles: readonly string[]): ReadonlySet<string> {
  return fieldsBy(caseType, roles, 'see');
}

/** The fields one of `roles` may change. */
export function changeableFields(caseType: CaseType, roles: readonly string[]): ReadonlySet<string> {
  return fieldsBy(caseType, roles, 'change');
}

/** Throws `CaseForbiddenError` (action `change:<field>`) for the first field these roles may not change. */
export function assertCanChangeFields(caseType: CaseType, roles: readonly string[], fields: Iterable<string>): void {
  const changeable = changeableFields(caseType, roles);
  for (const field of fields) {
    if (!changeable.has(field)) throw new CaseForbiddenError(roles, `change:${field}`, undefined, { path: ['fields', field] });
  }
}

function fieldsBy(caseType: CaseType, roles: readonly string[], list: 'see' | 'change'): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const role of roles) {
    const access = Object.hasOwn(caseType.fieldAccess, role) ? caseType.fieldAccess[role] : undefined;
    for (const field of access?.[list] ?? []) fields.add(field);
  }
  return fields;
}
