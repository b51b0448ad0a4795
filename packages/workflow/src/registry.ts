/**
 * Behaviour that cannot be JSON: guards, actions and context validators, registered
 * by name in code and referred to by name in definitions.
 *
 * Every implementation must be pure (no I/O, no clock, no randomness): the same
 * inputs must give the same result on a server, in a browser and during replay.
 * Side effects are asked for by returning commands, which the caller carries out.
 */
import { ValidationError, type Issue } from '@civicbricks/core/errors';
import type { BankHolidayCalendar } from '@civicbricks/core/working-days';
import type { $ZodType } from 'zod/v4/core';
import type { JsonObject, JsonValue } from './json.js';
import type { WorkflowEvent } from './model.js';

/** What a guard or an action is given. */
export interface BehaviourArgs {
  readonly context: JsonValue;
  readonly event: WorkflowEvent;
  /** The `params` written beside the name in the definition, `{}` when none. */
  readonly params: JsonObject;
  /** The instant the step happens at (the `now` given to `transition`). */
  readonly now: string;
  /** Active states before the step, outermost first. */
  readonly state: readonly string[];
}

/** Decides whether a transition may be taken. */
export type Guard = (args: BehaviourArgs) => boolean;

/** A request for the outside world, for example `{ command: 'notify.send', payload: { template: 'evidence-request' } }`. */
export interface CommandRequest {
  readonly command: string;
  readonly payload?: JsonValue;
}

/** What an action may return: a new context, commands for the caller, or nothing. */
export interface ActionResult {
  readonly context?: JsonValue;
  readonly commands?: readonly CommandRequest[];
}

export type Action = (args: BehaviourArgs) => ActionResult | undefined;

/** The named behaviour a definition may refer to, plus the bank-holiday calendar its working-day timers use. */
export interface WorkflowRegistry {
  readonly guards?: Readonly<Record<string, Guard>>;
  readonly actions?: Readonly<Record<string, Action>>;
  /** zod schemas (classic or mini) the context must satisfy. */
  readonly contextValidators?: Readonly<Record<string, $ZodType>>;
  /** Defaults to core's bundled GOV.UK feed; pass a refreshed one from `refreshBankHolidays()`. */
  readonly calendar?: BankHolidayCalendar;
}

const trusted = new WeakSet<object>();
const EMPTY: WorkflowRegistry = Object.freeze({});
trusted.add(EMPTY);

/** The empty registry, used when none is given. */
export function emptyRegistry(): WorkflowRegistry {
  return EMPTY;
}

/** True for a registry that `defineRegistry` checked and froze. */
export function isTrustedRegistry(registry: WorkflowRegistry): boolean {
  return trusted.has(registry);
}

/**
 * Checks and freezes a registry, so definitions and transitions can trust it.
 *
 * @throws {ValidationError} `workflow.invalid_registry` with the path of each entry that is not a function or schema.
 */
export function defineRegistry(registry: WorkflowRegistry): WorkflowRegistry {
  const checked = checkRegistry(registry);
  trusted.add(checked);
  return checked;
}

/** Checks a registry given to a public entry; returns a frozen copy. */
export function checkRegistry(registry: unknown): WorkflowRegistry {
  if (typeof registry === 'object' && registry !== null && trusted.has(registry)) return registry as WorkflowRegistry;
  const issues: Issue[] = [];
  if (typeof registry !== 'object' || registry === null || Array.isArray(registry)) {
    throw new ValidationError('workflow.invalid_registry', 'The registry must be an object of guards, actions and contextValidators', {
      path: ['registry'],
    });
  }
  const record = registry as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!['guards', 'actions', 'contextValidators', 'calendar'].includes(key)) {
      issues.push({
        code: 'workflow.invalid_registry',
        path: ['registry', key],
        message: `\`registry.${key}\` is not known: use guards, actions, contextValidators and calendar`,
      });
    }
  }
  const copy: Record<string, unknown> = {};
  for (const group of ['guards', 'actions', 'contextValidators'] as const) {
    const entries = record[group];
    if (entries === undefined) continue;
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
      issues.push({
        code: 'workflow.invalid_registry',
        path: ['registry', group],
        message: `\`registry.${group}\` must be an object keyed by name`,
      });
      continue;
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(entries)) {
      const ok =
        group === 'contextValidators' ? typeof value === 'object' && value !== null && '_zod' in value : typeof value === 'function';
      if (!ok) {
        issues.push({
          code: 'workflow.invalid_registry',
          path: ['registry', group, key],
          message: `\`registry.${group}.${key}\` must be ${group === 'contextValidators' ? 'a zod schema' : 'a function'}`,
        });
      }
      out[key] = value;
    }
    copy[group] = Object.freeze(out);
  }
  if (record.calendar !== undefined) copy.calendar = record.calendar;
  if (issues.length > 0) throw ValidationError.fromIssues(issues);
  return Object.freeze(copy) as WorkflowRegistry;
}
