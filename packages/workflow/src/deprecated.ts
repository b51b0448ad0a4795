/**
 * The definition-first forms of the main entry (`transition(definition, snapshot,
 * event, now, registry)` and the rest), kept for one minor release so callers can
 * move to machines at their own pace. Each form warns once per function per process
 * and compiles the definition on every call: nothing is cached between calls.
 */
import { isMachine, type CompiledWorkflow } from './compile.js';
import { createMachine } from './definition.js';
import { ValidationError } from '@civicbricks/core/errors';
import { isTrustedRegistry, type WorkflowRegistry } from './registry.js';

const warned = new Set<string>();

interface WarningProcess {
  readonly emitWarning?: (message: string, options: { type: string; code: string }) => void;
}

/** A Node `DeprecationWarning` (so `--no-deprecation` and `--throw-deprecation` work), or `console.warn` in a browser. */
function warnOnce(name: string, call: string): void {
  if (warned.has(name)) return;
  warned.add(name);
  const message =
    `@civicbricks/workflow: ${name}(definition, ..., registry) is deprecated and checks and compiles the definition on every call. ` +
    `Make a machine once with createMachine(definition, registry) and call ${call} instead. The definition-first form goes in the next major version.`;
  const { process } = globalThis as { process?: WarningProcess };
  if (typeof process?.emitWarning === 'function')
    process.emitWarning(message, { type: 'DeprecationWarning', code: 'CIVICBRICKS_WORKFLOW_DEFINITION_FIRST' });
  else console.warn(message);
}

/**
 * The machine a main-entry function was given, or, for the deprecated
 * definition-first form, a machine compiled from the definition and registry for
 * this call only.
 */
export function machineFor(first: unknown, registry: unknown, name: string, call: string): CompiledWorkflow {
  if (isMachine(first)) return first;
  warnOnce(name, call);
  return createMachine(first, registry as WorkflowRegistry | undefined) as CompiledWorkflow;
}

/**
 * In the machine form, a registry left over from a 0.1 call (in the options' place,
 * or after them) would be ignored without a word, options and all: refuse it instead.
 */
export function refuseLeftoverRegistry(options: unknown, extra: unknown, call: string): void {
  const registry = typeof options === 'object' && options !== null && isTrustedRegistry(options as WorkflowRegistry);
  if (registry || extra !== undefined) {
    throw new ValidationError(
      'workflow.invalid_option',
      `A machine already has its registry: drop the registry argument and call ${call}`,
      { path: ['registry'] },
    );
  }
}
