/**
 * Definitions in the main entry: checked with the zod schema, compiled once per
 * definition and registry, with working days counted by core over the GOV.UK feed.
 */
import { parseInput } from '@civicbricks/core/validation';
import { build, type CompiledWorkflow, type ContextCheck } from './compile.js';
import { deepFreeze } from './json.js';
import type { WorkflowDefinition } from './model.js';
import { checkRegistry, emptyRegistry, isTrustedRegistry, type WorkflowRegistry } from './registry.js';
import { WorkflowDefinitionSchema } from './schema.js';
import { ukWorkingDays } from './working-days.js';

/** Context validators run through core's `parseInput`, for its messages. */
const checkWithZod: ContextCheck = (schema, value, path, prefix) => {
  parseInput(schema, value, { path, codePrefix: prefix });
};

const frozenDefinitions = new WeakSet<object>();
const cache = new WeakMap<object, WeakMap<object, CompiledWorkflow>>();
const structures = new WeakMap<object, CompiledWorkflow>();
// The definition and registry of the last call: a runner or a loop sends many events to one workflow.
let lastInput: unknown;
let lastRegistry: unknown;
let last: CompiledWorkflow | undefined;

function parse(input: unknown): WorkflowDefinition {
  const parsed = parseInput(WorkflowDefinitionSchema, input, {
    path: ['definition'],
    codePrefix: 'workflow.definition',
    what: 'workflow definition',
  });
  const definition = deepFreeze(structuredClone(parsed) as WorkflowDefinition);
  frozenDefinitions.add(definition);
  return definition;
}

/**
 * Checks a workflow definition completely and returns a frozen copy, ready for `transition`.
 *
 * Beyond the JSON shape, it reports (each with its path, all at once):
 * `workflow.unknown_target`, `workflow.unknown_initial`, `workflow.missing_initial`,
 * `workflow.unreachable_state`, `workflow.unknown_guard`, `workflow.unknown_action`,
 * `workflow.unknown_context_validator`, `workflow.invalid_initial_context`,
 * `workflow.duplicate_name`, `workflow.timer_without_target`, `workflow.invalid_timer`,
 * `workflow.final_with_transitions` and `workflow.reserved_event`.
 *
 * Pass the registry the definition will run with, so unregistered names are caught
 * now rather than in the middle of a case.
 *
 * @throws {ValidationError} listing every problem found.
 */
export function parseDefinition(input: unknown, registry: WorkflowRegistry = emptyRegistry()): WorkflowDefinition {
  return compile(input, registry).definition;
}

/** The compiled form of a definition, cached for definitions from `parseDefinition` with a trusted registry. */
export function compile(input: unknown, registryInput: unknown = emptyRegistry()): CompiledWorkflow {
  if (input === lastInput && registryInput === lastRegistry && last) return last;
  const registry = checkRegistry(registryInput);
  const cacheable = typeof input === 'object' && input !== null && frozenDefinitions.has(input) && isTrustedRegistry(registry);
  let compiled = cacheable ? cache.get(input)?.get(registry) : undefined;
  if (!compiled) {
    compiled = build(parse(input), registry, { workingDays: ukWorkingDays, checkContext: checkWithZod });
    const key = cacheable ? (input as object) : compiled.definition;
    let byRegistry = cache.get(key);
    if (!byRegistry) cache.set(key, (byRegistry = new WeakMap()));
    if (isTrustedRegistry(registry)) byRegistry.set(registry, compiled);
  }
  // Frozen definitions and registries cannot change, so the next call with the same two can skip even the cache.
  if (cacheable) [lastInput, lastRegistry, last] = [input, registryInput, compiled];
  return compiled;
}

/**
 * The compiled form of a definition checked for everything except registered
 * names: for diagrams and descriptions, which run no guards or actions.
 */
export function compileStructure(input: unknown): CompiledWorkflow {
  const hit = typeof input === 'object' && input !== null ? structures.get(input) : undefined;
  if (hit) return hit;
  const compiled = build(parse(input), emptyRegistry(), { checkNames: false, checkContext: checkWithZod });
  structures.set(compiled.definition, compiled);
  if (typeof input === 'object' && input !== null && frozenDefinitions.has(input)) structures.set(input, compiled);
  return compiled;
}
