/**
 * Case types: checked once, completely, at start-up. `createCaseType` reports
 * every problem at once with its path, the workflow's own problems included
 * (it is made into a machine with `createMachine`), so a council editing a case
 * type hears about every mistake in one go.
 */
import { isCivicError, ValidationError, type ErrorPath, type Issue } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import { isIsoDate, type UkDivision } from '@civicbricks/core/working-days';
import {
  createMachine,
  defineRegistry,
  type StateDefinition,
  type WorkflowDefinition,
  type WorkflowMachine,
  type WorkflowRegistry,
} from '@civicbricks/workflow';
import type { JsonValue } from '@civicbricks/workflow';
import {
  CASE_OPERATIONS,
  CaseTypeSchema,
  type CaseAction,
  type CaseField,
  type CaseFlag,
  type CaseOperation,
  type FieldAccess,
  type Retention,
  type SlaRule,
  type AllocationRules,
  type CaseSearchFields,
  type WorkQueueDefinition,
} from './schema.js';
import { checkWorkConfig } from './queues/check.js';

/** A checked case type bound to its workflow machine: what every other function takes. */
export interface CaseType {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly division: UkDivision;
  readonly machine: WorkflowMachine;
  readonly roles: Readonly<Record<string, { readonly label: string }>>;
  readonly fields: Readonly<Record<string, CaseField>>;
  readonly actions: Readonly<Record<string, CaseAction>>;
  readonly operations: Readonly<Partial<Record<CaseOperation, readonly string[]>>>;
  readonly flags: readonly CaseFlag[];
  readonly sla: Readonly<Record<string, SlaRule>>;
  readonly fieldAccess: Readonly<Record<string, FieldAccess>>;
  readonly workQueues: Readonly<Record<string, WorkQueueDefinition>>;
  readonly allocation: AllocationRules;
  readonly search: CaseSearchFields;
  /** How long a case is kept before its personal data is erased; undefined when the type sets no period. */
  readonly retention: Retention | undefined;
  /** A worker must be the case's assignee before taking an action or changing its fields. */
  readonly pickUpBeforeActing: boolean;
}

export interface CreateCaseTypeOptions {
  /** Guards and actions the workflow names; an empty registry when absent. */
  readonly registry?: WorkflowRegistry;
}

const DEFAULT_TEXT_LIMIT = 10_000;
const caseTypes = new WeakSet<object>();

/**
 * Checks a case type (JSON) and makes its workflow machine.
 *
 * Beyond the JSON shape (`CaseTypeSchema`): the workflow's own checks (paths
 * under `workflow`), `cases.case_type.timers_not_supported`, and that every role,
 * state, action and field named anywhere exists (`cases.case_type.unknown_role`,
 * `unknown_state`, `unknown_action`, `unknown_field`), that each action can be
 * taken in the states that grant it (`action_not_possible`), that a role changes
 * only fields it sees (`change_without_see`) and that field options fit the type
 * (`invalid_field`).
 *
 * @throws {ValidationError} listing every problem found.
 */
export function createCaseType(json: unknown, options: CreateCaseTypeOptions = {}): CaseType {
  const parsed = parseInput(CaseTypeSchema, json, { path: [], codePrefix: 'cases.case_type', what: 'case type' });
  const issues: Issue[] = [];
  const machine = makeMachine(parsed.workflow, options.registry ?? defineRegistry({}), issues);
  const roles = new Set(Object.keys(parsed.roles));
  const checkRoles = (list: readonly string[], path: ErrorPath) => {
    list.forEach((role, index) => {
      if (!roles.has(role)) {
        issues.push(issue('unknown_role', [...path, index], `The role "${role}" is not one of this case type's \`roles\``));
      }
    });
  };

  for (const [fieldName, field] of Object.entries(parsed.fields)) checkField(fieldName, field, issues);

  const tree = machine === undefined ? undefined : describeStates(machine.definition);
  for (const [actionName, action] of Object.entries(parsed.actions)) {
    if (tree && !tree.events.has(actionName)) {
      issues.push(issue('unknown_action', ['actions', actionName], `No state of the workflow has the event "${actionName}"`));
      continue;
    }
    for (const [stateName, allowed] of Object.entries(action.allowed)) {
      const path = ['actions', actionName, 'allowed', stateName];
      checkRoles(allowed, path);
      if (!tree) continue;
      if (!tree.states.has(stateName)) {
        issues.push(issue('unknown_state', path, `The workflow has no state "${stateName}"`));
      } else if (!tree.canHandle(stateName, actionName)) {
        issues.push(
          issue(
            'action_not_possible',
            path,
            `The workflow can never take "${actionName}" in "${stateName}": no transition on it in that state, around it or inside it`,
          ),
        );
      }
    }
  }

  for (const operation of CASE_OPERATIONS) checkRoles(parsed.operations[operation] ?? [], ['operations', operation]);

  for (const [ruleName, rule] of Object.entries(parsed.sla ?? {})) {
    rule.stopStates.forEach((stateName, index) => {
      if (tree && !tree.states.has(stateName)) {
        issues.push(issue('unknown_state', ['sla', ruleName, 'stopStates', index], `The workflow has no state "${stateName}"`));
      }
    });
  }

  for (const [role, access] of Object.entries(parsed.fieldAccess)) {
    if (!roles.has(role))
      issues.push(issue('unknown_role', ['fieldAccess', role], `The role "${role}" is not one of this case type's \`roles\``));
    for (const list of ['see', 'change'] as const) {
      access[list].forEach((fieldName, index) => {
        if (!(fieldName in parsed.fields)) {
          issues.push(issue('unknown_field', ['fieldAccess', role, list, index], `The case type has no field "${fieldName}"`));
        }
      });
    }
    access.change.forEach((fieldName, index) => {
      if (!access.see.includes(fieldName)) {
        issues.push(
          issue(
            'change_without_see',
            ['fieldAccess', role, 'change', index],
            `The role "${role}" may change "${fieldName}" but not see it: add it to \`see\` as well`,
          ),
        );
      }
    });
  }

  checkWorkConfig(parsed, tree?.states, issues);

  if (issues.length > 0 || machine === undefined) throw ValidationError.fromIssues(issues);
  // The machine is frozen by the workflow brick already; only the case type's own JSON is frozen here.
  const own = deepFreeze({
    id: parsed.id,
    version: parsed.version,
    title: parsed.title,
    division: parsed.division ?? 'england-and-wales',
    roles: parsed.roles,
    fields: parsed.fields,
    actions: parsed.actions,
    operations: parsed.operations,
    flags: parsed.flags,
    sla: parsed.sla ?? {},
    fieldAccess: parsed.fieldAccess,
    workQueues: parsed.workQueues ?? {},
    allocation: parsed.allocation ?? {},
    search: parsed.search ?? {},
    retention: parsed.retention,
    pickUpBeforeActing: parsed.pickUpBeforeActing ?? false,
  });
  const caseType: CaseType = Object.freeze({ ...own, machine });
  caseTypes.add(caseType);
  return caseType;
}

/** True for a case type made by `createCaseType` (and so checked). */
export function isCaseType(value: unknown): value is CaseType {
  return typeof value === 'object' && value !== null && caseTypes.has(value);
}

/** Throws `cases.invalid_case_type` unless the value came from `createCaseType`. */
export function requireCaseType(value: unknown, path: ErrorPath = ['caseType']): CaseType {
  if (!isCaseType(value)) {
    throw new ValidationError('cases.invalid_case_type', 'Pass a case type made by createCaseType(json), not the JSON itself', { path });
  }
  return value;
}

function makeMachine(workflow: unknown, registry: WorkflowRegistry, issues: Issue[]): WorkflowMachine | undefined {
  let machine: WorkflowMachine;
  try {
    machine = createMachine(workflow, registry);
  } catch (error) {
    if (!isCivicError(error)) throw error;
    // The workflow brick reports paths from its own root, `definition`; here that root is `workflow`.
    for (const found of error.issues) {
      const rest = found.path[0] === 'definition' ? found.path.slice(1) : found.path;
      issues.push({ code: found.code, path: ['workflow', ...rest], message: found.message });
    }
    return undefined;
  }
  // A case's timers would need the workflow runner's timer rows, which the case service does not keep yet.
  const timed = describeStates(machine.definition).timed;
  for (const stateName of timed) {
    issues.push(
      issue(
        'timers_not_supported',
        ['workflow'],
        `The state "${stateName}" has timers; case types cannot use workflow timers yet (use SLA rules for due dates)`,
      ),
    );
  }
  return timed.length > 0 ? undefined : machine;
}

interface StateTree {
  readonly states: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
  readonly timed: readonly string[];
  /** True when the event has a transition in the state, one of its ancestors or one of its descendants. */
  canHandle(state: string, event: string): boolean;
}

function describeStates(definition: WorkflowDefinition): StateTree {
  const parent = new Map<string, string | undefined>();
  const handled = new Map<string, ReadonlySet<string>>();
  const children = new Map<string, readonly string[]>();
  const events = new Set<string>();
  const timed: string[] = [];
  const walk = (states: Readonly<Record<string, StateDefinition>>, parentName: string | undefined) => {
    for (const [stateName, state] of Object.entries(states)) {
      parent.set(stateName, parentName);
      const on = Object.keys(state.on ?? {});
      on.forEach((event) => events.add(event));
      handled.set(stateName, new Set(on));
      children.set(stateName, Object.keys(state.states ?? {}));
      if ((state.timers ?? []).length > 0) timed.push(stateName);
      if (state.states) walk(state.states, stateName);
    }
  };
  walk(definition.states, undefined);
  const inside = (stateName: string, event: string): boolean =>
    (handled.get(stateName)?.has(event) ?? false) || (children.get(stateName) ?? []).some((child) => inside(child, event));
  return {
    states: new Set(parent.keys()),
    events,
    timed,
    canHandle(stateName, event) {
      if (inside(stateName, event)) return true;
      for (let up = parent.get(stateName); up !== undefined; up = parent.get(up)) {
        if (handled.get(up)?.has(event)) return true;
      }
      return false;
    },
  };
}

function checkField(fieldName: string, field: CaseField, issues: Issue[]): void {
  const path = ['fields', fieldName];
  if (field.maxLength !== undefined && field.type !== 'text') {
    issues.push(issue('invalid_field', [...path, 'maxLength'], '`maxLength` is only for `text` fields'));
  }
  if (field.type === 'choice' && field.options === undefined) {
    issues.push(issue('invalid_field', [...path, 'options'], 'A `choice` field needs its `options`'));
  }
  if (field.type !== 'choice' && field.options !== undefined) {
    issues.push(issue('invalid_field', [...path, 'options'], '`options` are only for `choice` fields'));
  }
}

/** A field's value as stored: JSON of the field's type. */
export type FieldValue = string | number | boolean;

/**
 * Checks field values against the case type: each must be a field it declares,
 * of the field's type. With `requireAll`, every required field must be given.
 * Messages name the field and never repeat its value.
 */
export function checkFieldValues(
  caseType: CaseType,
  values: Readonly<Record<string, JsonValue>>,
  options: { readonly requireAll?: boolean; readonly path?: ErrorPath } = {},
): Readonly<Record<string, FieldValue>> {
  const base = options.path ?? ['fields'];
  const issues: Issue[] = [];
  const checked: Record<string, FieldValue> = {};
  for (const [fieldName, value] of Object.entries(values)) {
    const field = Object.hasOwn(caseType.fields, fieldName) ? caseType.fields[fieldName] : undefined;
    const path = [...base, fieldName];
    if (field === undefined) {
      issues.push(issue('unknown_field', path, `This case type has no field "${fieldName}"`, 'cases.field'));
      continue;
    }
    const problem = fieldProblem(field, value);
    if (problem) issues.push(issue('invalid_value', path, `"${field.label}" ${problem}`, 'cases.field'));
    else checked[fieldName] = value as FieldValue;
  }
  if (options.requireAll) {
    for (const [fieldName, field] of Object.entries(caseType.fields)) {
      if (field.required && !(fieldName in values)) {
        issues.push(issue('required', [...base, fieldName], `"${field.label}" is required`, 'cases.field'));
      }
    }
  }
  if (issues.length > 0) throw ValidationError.fromIssues(issues);
  return checked;
}

function fieldProblem(field: CaseField, value: JsonValue): string | undefined {
  switch (field.type) {
    case 'text':
      if (typeof value !== 'string') return 'must be text';
      return value.length > (field.maxLength ?? DEFAULT_TEXT_LIMIT)
        ? `must be at most ${field.maxLength ?? DEFAULT_TEXT_LIMIT} characters`
        : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'date':
      return isIsoDate(value) ? undefined : 'must be a date written YYYY-MM-DD';
    case 'choice':
      return typeof value === 'string' && (field.options ?? []).includes(value)
        ? undefined
        : `must be one of: ${(field.options ?? []).join(', ')}`;
  }
}

function issue(code: string, path: ErrorPath, message: string, prefix = 'cases.case_type'): Issue {
  return { code: `${prefix}.${code}`, path, message };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
