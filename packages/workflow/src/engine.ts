/**
 * @civicbricks/workflow/engine: the lean engine, for browsers and anywhere bundle
 * size matters. The same pure core as the main entry, without zod and without the
 * bank-holiday feed: definitions, snapshots and events are checked by hand (with the
 * same rules, codes and paths), and working days are counted by a counter you pass,
 * such as `ukWorkingDays` from the main entry, only if your timers need one.
 *
 * ```ts
 * import { createMachine, defineRegistry, start, transition } from '@civicbricks/workflow/engine';
 * const machine = createMachine(definitionJson, defineRegistry({ guards, actions }));
 * let { snapshot } = start(machine, now);
 * snapshot = transition(machine, snapshot, 'startReview', now).snapshot;
 * ```
 */
import { formatPath, ValidationError } from '@civicbricks/core/errors';
import { checkShape, definitionShape } from './check.js';
import { build, type ContextCheck } from './compile.js';
import { deepFreeze } from './json.js';
import type {
  AllowedEventsOptions,
  FiredTimers,
  MachineOptions,
  StartOptions,
  StartResult,
  TransitionOptions,
  TransitionResult,
  WorkflowDefinition,
  WorkflowEvent,
  WorkflowMachine,
  WorkflowSnapshot,
} from './model.js';
import { emptyRegistry, type WorkflowRegistry } from './registry.js';
import * as core from './run.js';

export * from './common.js';

// Context validators through the Standard Schema interface every zod schema has, so zod's parser is not bundled here.
const checkStandard: ContextCheck = (schema, value, path, prefix) => {
  const result = (schema as unknown as StandardSchema)['~standard'].validate(value);
  if (result instanceof Promise) {
    throw new ValidationError('workflow.invalid_registry', 'A context validator must check synchronously', {
      path: ['registry', 'contextValidators'],
    });
  }
  if (result.issues) {
    throw ValidationError.fromIssues(
      result.issues.map((issue) => {
        const code = issue.code ?? 'custom';
        const where = [...path, ...(issue.path ?? []).map((part) => (typeof part === 'object' ? part.key : part))].map((part) =>
          typeof part === 'number' ? part : String(part),
        );
        // zod without a locale says only "Invalid input": name the field and the problem instead.
        const message =
          issue.message && issue.message !== 'Invalid input' ? issue.message : `\`${formatPath(where)}\` is not valid (${code})`;
        return { code: `${prefix}.${code}`, path: where, message };
      }),
    );
  }
};

interface StandardSchema {
  readonly '~standard': {
    validate(
      value: unknown,
    ):
      | { readonly issues?: readonly { code?: string; message: string; path?: readonly (PropertyKey | { key: PropertyKey })[] }[] }
      | Promise<unknown>;
  };
}

/**
 * Checks a workflow definition completely (its JSON shape, then everything
 * `parseDefinition` in the main entry checks) and binds it to a registry.
 *
 * @throws {ValidationError} listing every problem found, with codes and paths as in the main entry;
 * `workflow.no_working_days` for a working-day timer when no `workingDays` counter is given.
 */
export function createMachine(
  definition: unknown,
  registry: WorkflowRegistry = emptyRegistry(),
  options: MachineOptions = {},
): WorkflowMachine {
  const { registry: checked, workingDays } = core.readMachineArgs(registry, options);
  checkShape(definitionShape(), definition, ['definition'], 'workflow.definition');
  const frozen = deepFreeze(structuredClone(definition) as WorkflowDefinition);
  return build(frozen, checked, { workingDays, checkContext: checkStandard });
}

/**
 * Starts a new instance: enters the initial state (and its initial children), runs
 * their entry actions and arms their timers, counting from `now`.
 *
 * @throws {ValidationError} for an invalid machine, `now` (`workflow.invalid_instant`) or context.
 */
export function start(machine: WorkflowMachine, now: string, options?: StartOptions): StartResult {
  return core.start(core.readMachine(machine), now, options);
}

/**
 * Applies one event to a snapshot and returns the next snapshot and the effects to
 * carry out, exactly as `transition` in the main entry does.
 *
 * @throws {EventNotAllowedError} `workflow.event_not_allowed` (unless `notAllowed: 'ignore'`).
 * @throws {ValidationError} for invalid input, and `workflow.invalid_context` when the
 * actions leave a context the validator rejects (nothing is changed).
 */
export function transition(
  machine: WorkflowMachine,
  snapshot: unknown,
  event: WorkflowEvent | string,
  now: string,
  options?: TransitionOptions,
): TransitionResult {
  return core.transition(core.readMachine(machine), snapshot, event, now, options);
}

/**
 * The events the instance would accept now, innermost state's first, with guards
 * evaluated (guards see an event with only its `type`).
 *
 * @throws {ValidationError} for invalid input.
 */
export function allowedEvents(machine: WorkflowMachine, snapshot: unknown, options?: AllowedEventsOptions): readonly string[] {
  return core.allowedEvents(core.readMachine(machine), snapshot, options);
}

/**
 * Fires every overdue timer, earliest deadline first, each exactly once: a timer
 * whose state was left by an earlier firing is cancelled, not fired.
 *
 * @throws {ValidationError} for invalid input.
 */
export function fireDueTimers(machine: WorkflowMachine, snapshot: unknown, now: string): FiredTimers {
  return core.fireDueTimers(core.readMachine(machine), snapshot, now);
}

/**
 * Checks a stored snapshot (an object, or the JSON text of one) against the machine,
 * and returns it ready for `transition`, as `parseSnapshot` in the main entry does.
 * Snapshots written by another version of the definition are refused
 * (`workflow.version_mismatch`): migrating them needs the main entry's `loadSnapshot`.
 *
 * @throws {ValidationError} `workflow.snapshot.*` for a malformed snapshot, and what `transition` refuses in one.
 */
export function parseSnapshot(machine: WorkflowMachine, input: unknown): WorkflowSnapshot {
  return core.readSnapshot(core.readMachine(machine), core.snapshotText(input));
}
