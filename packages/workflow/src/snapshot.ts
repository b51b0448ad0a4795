/**
 * Snapshots: checking one against its definition, and migrating one written by an
 * older version of the definition.
 */
import { CivicError, ValidationError, type ErrorPath } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import { isMachine, type CompiledWorkflow } from './compile.js';
import { machineFor, refuseLeftoverRegistry } from './deprecated.js';
import { cloneJson, type JsonValue } from './json.js';
import type { WorkflowMachine, WorkflowSnapshot } from './model.js';
import type { WorkflowRegistry } from './registry.js';
import { checkSnapshot, readOptions, snapshotText } from './run.js';
import { WorkflowSnapshotSchema } from './schema.js';

/**
 * Checks a stored snapshot (an object, or the JSON text of one) against the machine
 * of the definition it was written by, and returns it ready for `transition`.
 *
 * @throws {ValidationError} `workflow.snapshot.*` for a malformed snapshot;
 * `workflow.wrong_definition`, `workflow.version_mismatch` (use {@link loadSnapshot}),
 * `workflow.unknown_state`, `workflow.unknown_timer`, `workflow.invalid_context` ...
 */
export function parseSnapshot(machine: WorkflowMachine, input: unknown): WorkflowSnapshot;
/**
 * @deprecated Make the machine once with `createMachine(definition, registry)` and call
 * `parseSnapshot(machine, input)`. This form checks and compiles the definition on every
 * call, and goes in the next major version.
 */
export function parseSnapshot(definition: unknown, input: unknown, registry?: WorkflowRegistry): WorkflowSnapshot;
export function parseSnapshot(first: unknown, input: unknown, registry?: WorkflowRegistry): WorkflowSnapshot {
  const call = 'parseSnapshot(machine, input)';
  if (isMachine(first) && registry !== undefined) refuseLeftoverRegistry(undefined, registry, call);
  const machine = isMachine(first) ? first : machineFor(first, registry, 'parseSnapshot', call);
  return readStoredSnapshot(machine, snapshotText(input));
}

/** Checks a stored snapshot with the zod schema, then against the compiled workflow. */
export function readStoredSnapshot(compiled: CompiledWorkflow, input: unknown, path: ErrorPath = ['snapshot']): WorkflowSnapshot {
  const snapshot = parseInput(WorkflowSnapshotSchema, input, { path, codePrefix: 'workflow.snapshot', what: 'snapshot' });
  return checkSnapshot(compiled, snapshot as WorkflowSnapshot, path);
}

/**
 * Turns a snapshot written by version `from` into one valid for version `to`
 * (usually `from + 1`). It receives a deep copy it may change, and returns the new
 * snapshot; `definitionVersion` is set to `to` for it.
 */
export interface Migration {
  readonly workflowId: string;
  readonly from: number;
  readonly to: number;
  readonly migrate: (snapshot: WorkflowSnapshot) => WorkflowSnapshot;
}

export interface LoadSnapshotOptions {
  /** Every migration of this workflow; `loadSnapshot` chains them from the snapshot's version to the definition's. */
  readonly migrations?: readonly Migration[];
}

/** The options of the deprecated `loadSnapshot(definition, input, options)`: the registry travels with them. */
export interface DefinitionLoadSnapshotOptions extends LoadSnapshotOptions {
  readonly registry?: WorkflowRegistry;
}

/** What `loadSnapshot` did: the snapshot ready to use, and the versions it passed through. */
export interface LoadedSnapshot {
  readonly snapshot: WorkflowSnapshot;
  /** `[1, 2, 3]` when a version 1 snapshot was migrated to version 3; `[3]` when none was needed. */
  readonly versions: readonly number[];
}

/**
 * Loads a stored snapshot for the current definition, migrating it if an older
 * version of the definition wrote it.
 *
 * Migrations run one after another (v1 -> v2 -> v3), each given the previous one's
 * result; the final snapshot is then checked against the current definition like
 * any other. Pending timers keep the deadlines they were given unless a migration
 * changes them: a deadline already told to a citizen does not move because the
 * definition did.
 *
 * @throws {ValidationError} `workflow.no_migration` (path `snapshot.definitionVersion`)
 * when no registered migration starts at a version on the way;
 * `workflow.snapshot_too_new` when the snapshot is newer than the definition;
 * `workflow.migration_failed` when a migration throws or returns an invalid
 * snapshot; and everything {@link parseSnapshot} throws.
 */
export function loadSnapshot(machine: WorkflowMachine, input: unknown, options?: LoadSnapshotOptions): LoadedSnapshot;
/**
 * @deprecated Make the machine once with `createMachine(definition, registry)` and call
 * `loadSnapshot(machine, input, { migrations })`. This form checks and compiles the
 * definition on every call, and goes in the next major version.
 */
export function loadSnapshot(definition: unknown, input: unknown, options?: DefinitionLoadSnapshotOptions): LoadedSnapshot;
export function loadSnapshot(first: unknown, input: unknown, options: DefinitionLoadSnapshotOptions = {}): LoadedSnapshot {
  let compiled: CompiledWorkflow;
  if (isMachine(first)) {
    if (typeof options === 'object' && options !== null && 'registry' in options) {
      throw new ValidationError(
        'workflow.invalid_option',
        '`registry` is not an option with a machine: the machine already has the registry it was made with',
        { path: ['options', 'registry'] },
      );
    }
    refuseLeftoverRegistry(options, undefined, 'loadSnapshot(machine, input, { migrations })');
    readOptions<LoadSnapshotOptions>(options, ['migrations']);
    compiled = first;
  } else {
    if (typeof options !== 'object' || options === null) {
      throw new ValidationError('workflow.invalid_option', 'The options must be an object with `registry` and `migrations`', {
        path: ['options'],
      });
    }
    compiled = machineFor(first, options.registry, 'loadSnapshot', 'loadSnapshot(machine, input, { migrations })');
  }
  const migrations = checkMigrations(options.migrations ?? [], compiled.definition.id);
  const raw = parseInput(WorkflowSnapshotSchema, snapshotText(input), {
    path: ['snapshot'],
    codePrefix: 'workflow.snapshot',
    what: 'snapshot',
  });
  const { id, version } = compiled.definition;
  if (raw.definitionId !== id) {
    throw new ValidationError('workflow.wrong_definition', `This snapshot belongs to the workflow "${raw.definitionId}", not "${id}"`, {
      path: ['snapshot', 'definitionId'],
    });
  }
  if (raw.definitionVersion > version) {
    throw new ValidationError(
      'workflow.snapshot_too_new',
      `This snapshot was written by version ${raw.definitionVersion} of "${id}", newer than the definition loaded (version ${version}): deploy the newer definition`,
      { path: ['snapshot', 'definitionVersion'] },
    );
  }
  let current = cloneJson(raw as unknown as JsonValue) as unknown as WorkflowSnapshot;
  const versions = [current.definitionVersion];
  while (current.definitionVersion < version) {
    const step = migrations.get(current.definitionVersion);
    if (!step) {
      const known = [...migrations.values()].map((migration) => `v${migration.from}->v${migration.to}`);
      throw new ValidationError(
        'workflow.no_migration',
        `No migration of "${id}" starts at version ${current.definitionVersion}, so this snapshot cannot be brought to version ${version}${known.length > 0 ? ` (registered: ${known.join(', ')})` : ' (none registered)'}`,
        { path: ['snapshot', 'definitionVersion'] },
      );
    }
    let next: unknown;
    try {
      next = step.migrate(current);
    } catch (cause) {
      if (cause instanceof CivicError) throw cause;
      throw new ValidationError('workflow.migration_failed', `The migration v${step.from}->v${step.to} of "${id}" threw an error`, {
        path: ['migrations', step.from],
        cause,
      });
    }
    const checkedStep = safeParse(next, step);
    current = { ...checkedStep, definitionId: id, definitionVersion: step.to };
    versions.push(step.to);
  }
  return { snapshot: checkSnapshot(compiled, current), versions: Object.freeze(versions) };
}

function safeParse(value: unknown, step: Migration): WorkflowSnapshot {
  try {
    return parseInput(WorkflowSnapshotSchema, value, { path: ['snapshot'], codePrefix: 'workflow.snapshot' }) as WorkflowSnapshot;
  } catch (cause) {
    const first = cause instanceof ValidationError ? cause.message : 'it is not a snapshot';
    throw new ValidationError(
      'workflow.migration_failed',
      `The migration v${step.from}->v${step.to} returned an invalid snapshot: ${first}`,
      {
        path: ['migrations', step.from],
        cause,
      },
    );
  }
}

function checkMigrations(input: unknown, workflowId: string): Map<number, Migration> {
  const byFrom = new Map<number, Migration>();
  if (!Array.isArray(input)) {
    throw new ValidationError('workflow.invalid_migration', '`migrations` must be a list of { workflowId, from, to, migrate }', {
      path: ['migrations'],
    });
  }
  input.forEach((migration: unknown, index) => {
    const record = (typeof migration === 'object' && migration !== null ? migration : {}) as Partial<Record<keyof Migration, unknown>>;
    const { from, to, migrate } = record;
    if (
      typeof record.workflowId !== 'string' ||
      !Number.isSafeInteger(from) ||
      !Number.isSafeInteger(to) ||
      typeof migrate !== 'function' ||
      (to as number) <= (from as number) ||
      (from as number) < 1
    ) {
      throw new ValidationError(
        'workflow.invalid_migration',
        `\`migrations[${index}]\` must be { workflowId, from, to, migrate } with whole versions, \`to\` greater than \`from\`, and a function`,
        { path: ['migrations', index] },
      );
    }
    if (record.workflowId !== workflowId) return;
    if (byFrom.has(from as number)) {
      throw new ValidationError(
        'workflow.invalid_migration',
        `Two migrations of "${workflowId}" start at version ${String(from)}: keep one`,
        {
          path: ['migrations', index],
        },
      );
    }
    byFrom.set(from as number, migration as Migration);
  });
  return byFrom;
}
