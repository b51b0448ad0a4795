/**
 * Seeing a workflow: a Mermaid `stateDiagram-v2` for people who read diagrams, and
 * a plain-text description as its text alternative (and for people who do not).
 */
import { ValidationError } from '@civicbricks/core/errors';
import type { CompiledRef, CompiledState, CompiledTimer, CompiledWorkflow } from './compile.js';
import { structureOf } from './definition.js';
import type { WorkflowSnapshot } from './model.js';
import { readStoredSnapshot } from './snapshot.js';

export interface MermaidOptions {
  /** Highlight where an instance is: its snapshot, or the active state path. */
  readonly current?: WorkflowSnapshot | readonly string[];
}

const DIVISION_NAMES = { 'england-and-wales': 'England and Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' } as const;

function currentPath(compiled: CompiledWorkflow, current: unknown): readonly string[] | undefined {
  if (current === undefined) return undefined;
  if (Array.isArray(current)) {
    const names = current as unknown[];
    const leafName = names[names.length - 1];
    const leaf = typeof leafName === 'string' ? compiled.states.get(leafName) : undefined;
    if (!leaf || leaf.path.length !== names.length || leaf.path.some((name, index) => name !== names[index])) {
      throw new ValidationError('workflow.unknown_state', 'The current state must be a path of states in this workflow, outermost first', {
        path: ['options', 'current'],
      });
    }
    return leaf.path;
  }
  return readStoredSnapshot(compiled, current, ['options', 'current']).state;
}

function title(state: CompiledState): string {
  return state.definition.title ?? state.name;
}

function timerLabel(timer: CompiledTimer): string {
  if (timer.workingDays) {
    const { count, division, at } = timer.workingDays;
    return `after ${count} working ${count === 1 ? 'day' : 'days'} (${DIVISION_NAMES[division]}${at ? `, ${at}` : ''})`;
  }
  return `after ${timer.definition.after ?? ''}`;
}

function mermaidText(text: string): string {
  // Mermaid reads `"`, `;`, `#`, `:` and newlines as syntax; entity codes keep the text readable.
  return text.replace(/[\r\n]+/g, ' ').replace(/[";#:<>{}]/g, (char) => `#${char.charCodeAt(0)};`);
}

/** The deepest state both are inside, or the root. */
function scopeOf(a: CompiledState, b: CompiledState): CompiledState {
  for (let node = a.parent; node; node = node.parent) {
    for (let other: CompiledState | undefined = b.parent; other; other = other.parent) if (other === node) return node;
  }
  return a;
}

/**
 * A Mermaid `stateDiagram-v2` of the workflow: compound states as nested blocks
 * with their initial state, final states leading to `[*]`, events on the arrows
 * with guards in brackets (`decide [meetsCriteria]`), timers as `after ...`, and
 * the current state (if given) styled with the `current` class.
 *
 * Takes a machine, or a definition (JSON): a diagram runs no guards or actions, so a
 * definition needs no registry. A definition is checked on every call; pass the
 * machine when you have one.
 *
 * Each arrow is written inside the innermost block holding both its ends, so the
 * diagram keeps the real source and target even across blocks.
 *
 * @throws {ValidationError} for an invalid definition or current state.
 */
export function toMermaid(definition: unknown, options: MermaidOptions = {}): string {
  const compiled = structureOf(definition);
  if (typeof options !== 'object' || options === null) {
    throw new ValidationError('workflow.invalid_option', 'The options must be an object', { path: ['options'] });
  }
  const current = currentPath(compiled, options.current);
  const edges = new Map<CompiledState, string[]>();
  const addEdge = (from: CompiledState, to: CompiledState, label: string): void => {
    const scope = scopeOf(from, to);
    const list = edges.get(scope) ?? [];
    list.push(`${from.name} --> ${to.name} : ${mermaidText(label)}`);
    edges.set(scope, list);
  };
  for (const state of compiled.states.values()) {
    for (const [event, transitions] of state.on) {
      for (const candidate of transitions) {
        const label = `${event}${candidate.guard ? ` [${candidate.guard.name}]` : ''}${candidate.target ? '' : ' (stays)'}`;
        addEdge(state, candidate.target ?? state, label);
      }
    }
    for (const timer of state.timers) addEdge(state, timer.target, timerLabel(timer));
  }
  const lines = ['stateDiagram-v2'];
  const write = (scope: CompiledState, indent: string): void => {
    if (scope.initial) lines.push(`${indent}[*] --> ${scope.initial.name}`);
    for (const child of scope.children) {
      if (child.definition.title) lines.push(`${indent}state "${mermaidText(child.definition.title)}" as ${child.name}`);
      if (child.children.length > 0) {
        lines.push(`${indent}state ${child.name} {`);
        write(child, `${indent}  `);
        lines.push(`${indent}}`);
      }
      if (child.final) lines.push(`${indent}${child.name} --> [*]`);
    }
    for (const edge of edges.get(scope) ?? []) lines.push(`${indent}${edge}`);
  };
  write(compiled.root, '  ');
  if (current) {
    const leaf = current[current.length - 1] ?? '';
    lines.push('  classDef current fill:#ffdd00,stroke:#0b0c0c,stroke-width:3px,color:#0b0c0c');
    lines.push(`  class ${leaf} current`);
  }
  return `${lines.join('\n')}\n`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function actionsText(refs: readonly CompiledRef[]): string {
  return refs.length === 0 ? '' : `, doing ${list(refs.map((ref) => ref.name))}`;
}

/**
 * A plain-English description of the workflow: every state (nested states
 * indented under their parent), what each event does there (with its guard and
 * actions), each timer, and, given a snapshot, where the instance is and which
 * timers are pending. A text alternative for the diagram.
 *
 * Takes a machine, or a definition (JSON) checked on every call, as `toMermaid` does.
 *
 * Only English (`'en'`) is written so far; another locale is refused rather than
 * answered in the wrong language.
 *
 * @throws {ValidationError} `workflow.unsupported_locale`, or for an invalid definition or snapshot.
 */
export function describeDefinition(definition: unknown, snapshot?: WorkflowSnapshot, locale = 'en'): string {
  if (locale !== 'en' && locale !== 'en-GB') {
    throw new ValidationError('workflow.unsupported_locale', `Descriptions are written in English ("en") only, not "${String(locale)}"`, {
      path: ['locale'],
    });
  }
  const compiled = structureOf(definition);
  const current = snapshot === undefined ? undefined : readStoredSnapshot(compiled, snapshot, ['snapshot']);
  const { definition: parsed } = compiled;
  const name = (state: CompiledState): string => `"${title(state)}"`;
  const lines = [
    `Workflow ${parsed.title ? `"${parsed.title}" ` : ''}(${parsed.id}, version ${parsed.version}), ${compiled.states.size} states.`,
  ];
  if (parsed.description) lines.push(parsed.description);
  if (compiled.root.initial) lines.push(`It starts in ${name(compiled.root.initial)}.`);
  const describe = (state: CompiledState, indent: string): void => {
    let line = `${indent}- ${name(state)}`;
    if (state.final) line += ', a final state';
    if (state.initial) line += `, made of ${list(state.children.map(name))}, starting in ${name(state.initial)}`;
    if (state.entry.length > 0) line += `; on entry it does ${list(state.entry.map((ref) => ref.name))}`;
    if (state.exit.length > 0) line += `; on exit it does ${list(state.exit.map((ref) => ref.name))}`;
    lines.push(`${line}.`);
    for (const [event, transitions] of state.on) {
      const options = transitions.map((candidate) => {
        const where = candidate.target ? `goes to ${name(candidate.target)}` : 'stays where it is';
        return `${candidate.guard ? `if ${candidate.guard.name}, ` : ''}${where}${actionsText(candidate.actions)}`;
      });
      lines.push(`${indent}  - "${event}": ${options.join('; otherwise ')}.`);
    }
    for (const timer of state.timers) {
      const at = timer.workingDays?.at ? ` at ${timer.workingDays.at} (UK time)` : timer.workingDays ? ' at the end of that day' : '';
      lines.push(
        `${indent}  - Timer "${timer.id}": ${timerLabel(timer)}${at}, goes to ${name(timer.target)}${actionsText(timer.actions)}.`,
      );
    }
    for (const child of state.children) describe(child, `${indent}  `);
  };
  lines.push('States:');
  for (const state of compiled.root.children) describe(state, '');
  if (current) {
    const [leaf, ...outer] = [...current.state].reverse().map((part) => `"${title(compiled.states.get(part) ?? compiled.root)}"`);
    const inside = outer.length > 0 ? ` (inside ${outer.join(', inside ')})` : '';
    lines.push(`Now in ${leaf ?? ''}${inside}${current.status === 'done' ? ', finished' : ''}.`);
    for (const timer of current.timers) lines.push(`Timer "${timer.id}" is due at ${timer.deadline}.`);
  }
  return `${lines.join('\n')}\n`;
}
