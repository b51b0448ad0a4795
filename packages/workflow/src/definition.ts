/**
 * Machines in the main entry: a definition checked once with the zod schema and the
 * full semantic checks, bound to its registry, with working days counted by core
 * over the GOV.UK feed unless another counter is given.
 *
 * Nothing is cached here: a machine is made by `createMachine` and kept by whoever
 * runs it (a runner instance, a page, a test), as XState's machines are.
 */
import { parseInput } from '@civicbricks/core/validation';
import { build, isMachine, type CompiledWorkflow, type ContextCheck } from './compile.js';
import { deepFreeze } from './json.js';
import type { MachineOptions, WorkflowDefinition, WorkflowMachine } from './model.js';
import { emptyRegistry, type WorkflowRegistry } from './registry.js';
import { readMachineArgs } from './run.js';
import { WorkflowDefinitionSchema } from './schema.js';
import { ukWorkingDays } from './working-days.js';

/** Context validators run through core's `parseInput`, for its messages. */
const checkWithZod: ContextCheck = (schema, value, path, prefix) => {
  parseInput(schema, value, { path, codePrefix: prefix });
};

function parse(input: unknown): WorkflowDefinition {
  const parsed = parseInput(WorkflowDefinitionSchema, input, {
    path: ['definition'],
    codePrefix: 'workflow.definition',
    what: 'workflow definition',
  });
  return deepFreeze(structuredClone(parsed) as WorkflowDefinition);
}

/**
 * Checks a workflow definition once, completely, and binds it to a registry: the
 * machine that `start`, `transition`, `allowedEvents`, `fireDueTimers`, `replay`,
 * `parseSnapshot` and `loadSnapshot` take. Make it once (at start-up, per runner)
 * and reuse it for every step.
 *
 * Beyond the JSON shape (`WorkflowDefinitionSchema`), it reports (each with its
 * path, all at once): `workflow.unknown_target`, `workflow.unknown_initial`,
 * `workflow.missing_initial`, `workflow.unreachable_state`, `workflow.unknown_guard`,
 * `workflow.unknown_action`, `workflow.unknown_context_validator`,
 * `workflow.invalid_initial_context`, `workflow.duplicate_name`,
 * `workflow.timer_without_target`, `workflow.invalid_timer`,
 * `workflow.final_with_transitions` and `workflow.reserved_event`.
 *
 * @throws {ValidationError} listing every problem found; `workflow.invalid_registry`
 * and `workflow.invalid_option` for a bad registry or options.
 */
export function createMachine(
  definition: unknown,
  registry: WorkflowRegistry = emptyRegistry(),
  options: MachineOptions = {},
): WorkflowMachine {
  const { registry: checked, workingDays = ukWorkingDays } = readMachineArgs(registry, options);
  return build(parse(definition), checked, { workingDays, checkContext: checkWithZod });
}

/**
 * Checks a workflow definition completely and returns the frozen copy: the checks of
 * {@link createMachine}, for a builder or a test that only wants to know whether a
 * definition is sound. To run it, make a machine with `createMachine` instead.
 *
 * @throws {ValidationError} listing every problem found.
 */
export function parseDefinition(input: unknown, registry: WorkflowRegistry = emptyRegistry()): WorkflowDefinition {
  return createMachine(input, registry).definition;
}

/**
 * The compiled form of a machine, or of a definition checked for everything except
 * registered names: for diagrams and descriptions, which run no guards or actions.
 * A definition is compiled on every call.
 */
export function structureOf(input: unknown): CompiledWorkflow {
  if (isMachine(input)) return input;
  return build(parse(input), emptyRegistry(), { checkNames: false, checkContext: checkWithZod });
}
