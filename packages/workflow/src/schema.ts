/**
 * The JSON shapes of a workflow as zod schemas: definitions, snapshots, events and history.
 *
 * These check structure only; `parseDefinition` adds the checks that need the whole
 * definition (targets, reachability, names) and the registry (guards, actions,
 * context validators), each reported with its path. The types and name rules live in
 * `model.ts` and `rules.ts`, which the lean engine uses without zod.
 */
import * as z from 'zod/mini';
import { UK_DIVISIONS } from '@civicbricks/core/working-days';
import { isJsonValue, type JsonValue } from './json.js';
import type { StateDefinition } from './model.js';
import { EVENT_PATTERN, LOCAL_TIME_PATTERN, NAME_PATTERN, RULES, STORED_INSTANT, WORKFLOW_ID_PATTERN } from './rules.js';

const name = z.string().check(z.regex(NAME_PATTERN, RULES.name));
const eventName = z.string().check(z.regex(EVENT_PATTERN, RULES.event));
const text = z.string().check(z.minLength(1), z.maxLength(500));
const json = z.custom<JsonValue>((value) => isJsonValue(value), RULES.json);
const jsonObject = z.custom<{ readonly [key: string]: JsonValue }>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && isJsonValue(value),
  RULES.jsonObject,
);

const ref = z.union([name, z.strictObject({ name, params: z.optional(jsonObject) })]);

const TransitionSchema = z.strictObject({
  target: z.optional(name),
  guard: z.optional(ref),
  actions: z.optional(z.array(ref)),
  description: z.optional(text),
});

const TimerSchema = z.strictObject({
  id: name,
  after: z.optional(z.string()),
  workingDays: z.optional(z.int().check(z.minimum(1), z.maximum(3650))),
  division: z.optional(z.enum(UK_DIVISIONS)),
  at: z.optional(z.string().check(z.regex(LOCAL_TIME_PATTERN, RULES.time))),
  target: z.optional(name),
  actions: z.optional(z.array(ref)),
  description: z.optional(text),
});

const StateSchema: z.ZodMiniType<StateDefinition> = z.strictObject({
  type: z.optional(z.literal('final')),
  title: z.optional(text),
  description: z.optional(text),
  initial: z.optional(name),
  get states() {
    return z.optional(z.record(name, StateSchema));
  },
  entry: z.optional(z.array(ref)),
  exit: z.optional(z.array(ref)),
  on: z.optional(z.record(eventName, z.union([TransitionSchema, z.array(TransitionSchema)]))),
  timers: z.optional(z.array(TimerSchema)),
});

/**
 * The structure of a {@link WorkflowDefinition}. Use `parseDefinition` to check a
 * definition fully: this schema alone cannot see unknown targets or unregistered guards.
 */
export const WorkflowDefinitionSchema = z.strictObject({
  id: z.string().check(z.regex(WORKFLOW_ID_PATTERN, RULES.id)),
  version: z.int().check(z.minimum(1)),
  title: z.optional(text),
  description: z.optional(text),
  division: z.optional(z.enum(UK_DIVISIONS)),
  context: z.optional(z.strictObject({ initial: z.optional(json), validator: z.optional(name) })),
  initial: name,
  states: z.record(name, StateSchema),
});

export const WorkflowEventSchema = z.strictObject({
  type: eventName,
  timer: z.optional(name),
  data: z.optional(json),
});

const instant = z.string().check(z.regex(STORED_INSTANT, RULES.instant));

export const WorkflowSnapshotSchema = z.strictObject({
  definitionId: z.string().check(z.minLength(1)),
  definitionVersion: z.int().check(z.minimum(1)),
  state: z.array(name).check(z.minLength(1)),
  status: z.enum(['active', 'done']),
  context: json,
  timers: z.array(z.strictObject({ id: name, state: name, deadline: instant })),
  seq: z.int().check(z.minimum(0)),
  updatedAt: instant,
});

export const HistoryEntrySchema = z.strictObject({
  seq: z.int().check(z.minimum(1)),
  at: z.string(),
  event: WorkflowEventSchema,
});
