/**
 * The JSON shapes of definitions, snapshots and events, checked by hand for the lean
 * engine: the rules of the zod schemas in `schema.ts` (a property test holds the two
 * to the same answers), with the same issue codes and paths, and no zod in a browser.
 */
import { describeType, formatPath, ValidationError, type ErrorPath, type Issue } from '@civicbricks/core/errors';
import { isJsonValue } from './json.js';
import { DIVISIONS, EVENT_PATTERN, LOCAL_TIME_PATTERN, NAME_PATTERN, RULES, STORED_INSTANT, WORKFLOW_ID_PATTERN } from './rules.js';

/** Checks a value found at `path`, adding what is wrong to `issues`. */
export type Check = (value: unknown, path: ErrorPath, issues: Issue[]) => void;

// Problems with a value's content rather than its kind: zod carries on past them, and so does `union`.
const SOFT = ['invalid_format', 'too_small', 'too_big', 'unrecognized_keys'];

const named = (path: ErrorPath): string => `\`${formatPath(path)}\``;

const add = (issues: Issue[], code: string, path: ErrorPath, message: string): void => {
  issues.push({ code, path, message });
};

const kind =
  (test: (value: unknown) => boolean, expected: string, then?: Check): Check =>
  (value, path, issues) => {
    if (!test(value)) {
      add(
        issues,
        'invalid_type',
        path,
        `${named(path)} ${value === undefined ? 'is missing: it must be' : 'must be'} ${expected}${value === undefined ? '' : `, not ${describeType(value)}`}`,
      );
    } else then?.(value, path, issues);
  };

const isString = (value: unknown): boolean => typeof value === 'string';
const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

const size = (count: number, min: number, max: number, path: ErrorPath, issues: Issue[], unit = ''): void => {
  if (count < min) add(issues, 'too_small', path, `${named(path)} is too small: it must be at least ${min}${unit}`);
  if (count > max) add(issues, 'too_big', path, `${named(path)} is too big: it must be at most ${max}${unit}`);
};

const matching = (pattern: RegExp, rule: string): Check =>
  kind(isString, 'a string', (value, path, issues) => {
    if (!pattern.test(value as string)) add(issues, 'invalid_format', path, rule);
  });

const int = (min: number, max = Number.MAX_SAFE_INTEGER): Check =>
  kind(Number.isSafeInteger, 'a whole number', (value, path, issues) => size(value as number, min, max, path, issues));

const oneOf =
  (values: readonly string[]): Check =>
  (value, path, issues) => {
    if (!values.includes(value as string))
      add(issues, 'invalid_value', path, `${named(path)} must be one of: ${values.map((one) => JSON.stringify(one)).join(', ')}`);
  };

const json =
  (object = false): Check =>
  (value, path, issues) => {
    if (!isJsonValue(value) || (object && !isObject(value))) add(issues, 'custom', path, object ? RULES.jsonObject : RULES.json);
  };

const array = (item: Check, min = 0): Check =>
  kind(Array.isArray, 'a list', (value, path, issues) => {
    const list = value as unknown[];
    list.forEach((entry, index) => item(entry, [...path, index], issues));
    size(list.length, min, Infinity, path, issues, ' items');
  });

/** An object with exactly these fields, in this order; `required` names the ones that must be there. */
const object = (shape: Readonly<Record<string, Check>>, required = ''): Check =>
  kind(isObject, 'an object', (value, path, issues) => {
    const record = value as Record<string, unknown>;
    const must = required.split(' ');
    for (const [key, check] of Object.entries(shape)) {
      if (record[key] !== undefined || must.includes(key)) check(record[key], [...path, key], issues);
    }
    const unknown = Object.keys(record).filter((key) => !Object.hasOwn(shape, key));
    if (unknown.length > 0) add(issues, 'unrecognized_keys', path, `${named(path)} has fields we do not know: ${unknown.join(', ')}`);
  });

/** An object keyed by names (state names, event names), each value checked the same way. */
const record = (keys: RegExp, rule: string, item: Check): Check =>
  kind(
    (value) => isObject(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null),
    'an object',
    (value, path, issues) => {
      for (const [key, entry] of Object.entries(value as object)) {
        if (keys.test(key)) item(entry, [...path, key], issues);
        else add(issues, 'invalid_key', [...path, key], `${named([...path, key])}: ${rule}`);
      }
    },
  );

/** The first shape that fits; otherwise the problems of the one shape that nearly fits, or that none does. */
const union =
  (...shapes: Check[]): Check =>
  (value, path, issues) => {
    const found = shapes.map((check) => {
      const own: Issue[] = [];
      check(value, path, own);
      return own;
    });
    if (found.some((own) => own.length === 0)) return;
    const near = found.filter((own) => own.every((issue) => SOFT.includes(issue.code)));
    if (near.length === 1) issues.push(...(near[0] as Issue[]));
    else add(issues, 'invalid_union', path, `${named(path)} does not match any of the allowed shapes`);
  };

const name = matching(NAME_PATTERN, RULES.name);
const instant = matching(STORED_INSTANT, RULES.instant);

/**
 * The shape of a workflow definition (`WorkflowDefinitionSchema`). Built when asked
 * for, so a bundle that only runs machines leaves it out.
 */
export function definitionShape(): Check {
  const text = kind(isString, 'a string', (value, path, issues) => size((value as string).length, 1, 500, path, issues, ' characters'));
  const ref = union(name, object({ name, params: json(true) }, 'name'));
  const refs = array(ref);
  const transition = object({ target: name, guard: ref, actions: refs, description: text });
  const timer = object(
    {
      id: name,
      after: kind(isString, 'a string'),
      workingDays: int(1, 3650),
      division: oneOf(DIVISIONS),
      at: matching(LOCAL_TIME_PATTERN, RULES.time),
      target: name,
      actions: refs,
      description: text,
    },
    'id',
  );
  const state: Check = object({
    type: oneOf(['final']),
    title: text,
    description: text,
    initial: name,
    states: (value, path, issues) => states(value, path, issues),
    entry: refs,
    exit: refs,
    on: record(EVENT_PATTERN, RULES.event, union(transition, array(transition))),
    timers: array(timer),
  });
  const states = record(NAME_PATTERN, RULES.name, state);
  return object(
    {
      id: matching(WORKFLOW_ID_PATTERN, RULES.id),
      version: int(1),
      title: text,
      description: text,
      division: oneOf(DIVISIONS),
      context: object({ initial: json(), validator: name }),
      initial: name,
      states,
    },
    'id version initial states',
  );
}

/** The shape of a snapshot (`WorkflowSnapshotSchema`). */
export const SNAPSHOT_SHAPE = object(
  {
    definitionId: kind(isString, 'a string', (value, path, issues) =>
      size((value as string).length, 1, Infinity, path, issues, ' characters'),
    ),
    definitionVersion: int(1),
    state: array(name, 1),
    status: oneOf(['active', 'done']),
    context: json(),
    timers: array(object({ id: name, state: name, deadline: instant }, 'id state deadline')),
    seq: int(0),
    updatedAt: instant,
  },
  'definitionId definitionVersion state status context timers seq updatedAt',
);

/** The shape of an event (`WorkflowEventSchema`). */
export const EVENT_SHAPE = object({ type: matching(EVENT_PATTERN, RULES.event), timer: name, data: json() }, 'type');

/** Every problem `shape` finds in `value`, with codes `<prefix>.<zod code>`. */
export function shapeIssues(shape: Check, value: unknown, path: ErrorPath, prefix: string): Issue[] {
  const issues: Issue[] = [];
  shape(value, path, issues);
  return issues.map((issue) => ({ ...issue, code: `${prefix}.${issue.code}` }));
}

/** Throws one `ValidationError` listing every problem `shape` finds in `value`. */
export function checkShape(shape: Check, value: unknown, path: ErrorPath, prefix: string): void {
  const issues = shapeIssues(shape, value, path, prefix);
  if (issues.length > 0) throw ValidationError.fromIssues(issues);
}
