/**
 * Queries over declared indexes: what a work queue at 100,000 records needs
 * (filters, a sort, a page and a total) without letting a caller ask for
 * something no index serves. A collection declares the fields it can be
 * queried on and how each compares; a query naming any other field is refused
 * with the field's name, instead of quietly scanning every record.
 *
 * The meaning is defined once here, as a plan the adapters carry out: the
 * memory adapter evaluates it in code (`matchesPlan`, `comparePlanRows`), the
 * SQL adapters turn it into expressions over `data` that the declared
 * expression indexes match (`sql/query.ts`). The conformance suite holds them
 * to the same answers.
 */
import { ValidationError, parseInput, type Issue } from '@civicbricks/core';
import { z } from 'zod';
import type { JsonValue } from './json.js';

/**
 * How an indexed field compares. `text` in Unicode code-point order (ISO 8601
 * dates and UTC times sort correctly as text), `number` numerically,
 * `boolean`, and `text-list`: a list of texts, asked whether it holds a value.
 * A value of another JSON type counts as missing.
 */
export type IndexedFieldType = 'text' | 'number' | 'boolean' | 'text-list';

/** What a collection can be queried on. */
export interface CollectionIndexes {
  /**
   * Dotted paths into the record's data (`status`, `lead.userId`,
   * `sla.0.dueDate`: a number steps into a list) and how each compares. Only
   * these can be filtered or sorted on; each gets an index of its own.
   */
  readonly fields: Readonly<Record<string, IndexedFieldType>>;
  /**
   * Composite indexes, fields in order: the equality filters a queue always
   * has first, its sort field last (the record id is added as the tie-break).
   * Not for `text-list` fields.
   */
  readonly compound?: readonly (readonly string[])[];
}

/** A scalar a condition compares with. */
export type QueryScalar = string | number | boolean;

/**
 * A condition on one indexed field. A bare value means `eq`. Several
 * operators in one condition must all hold. A record whose field is missing
 * (or of another type) matches only `exists: false`.
 */
export type FieldCondition =
  | QueryScalar
  | {
      readonly eq?: QueryScalar;
      readonly in?: readonly QueryScalar[];
      readonly gt?: string | number;
      readonly gte?: string | number;
      readonly lt?: string | number;
      readonly lte?: string | number;
      /** Text starting with this (search keys). */
      readonly prefix?: string;
      /** `text-list`: the list holds this text. */
      readonly has?: string;
      /** `text-list`: the list holds at least one of these. */
      readonly hasAny?: readonly string[];
      /** True: the field has a value of its type; false: it does not. */
      readonly exists?: boolean;
    };

/** One sort key. Missing values sort as the greatest: last going up, first going down. */
export interface SortKey {
  readonly field: string;
  /** `asc` if absent. */
  readonly direction?: 'asc' | 'desc';
}

/** A query over a collection's declared fields. */
export interface FindQuery {
  /** Every condition must hold. */
  readonly where?: Readonly<Record<string, FieldCondition>>;
  /** Up to three keys; ties are broken by record id, in the direction of the last key (ascending if none). */
  readonly sort?: readonly SortKey[];
  /** 1 to 500; 25 if absent. */
  readonly pageSize?: number;
  /** From 1; 1 if absent. A page past the end is empty, with the true total. */
  readonly page?: number;
}

/** One page of a query and where it sits among all matches. */
export interface FindPage<T> {
  readonly items: readonly T[];
  /** Every record matching the conditions, on every page. */
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  /** At least 1, so "page 1 of 1" reads right for an empty result. */
  readonly pageCount: number;
}

/** A declared field: where it lives and how it compares. */
export interface PlanField {
  readonly name: string;
  readonly path: readonly string[];
  readonly type: IndexedFieldType;
}

export type PlanOp =
  | { readonly op: 'eq' | 'gt' | 'gte' | 'lt' | 'lte'; readonly value: QueryScalar }
  | { readonly op: 'in'; readonly values: readonly QueryScalar[] }
  | { readonly op: 'prefix'; readonly value: string }
  | { readonly op: 'has'; readonly value: string }
  | { readonly op: 'hasAny'; readonly values: readonly string[] }
  | { readonly op: 'exists'; readonly value: boolean };

export interface PlanCondition {
  readonly field: PlanField;
  readonly test: PlanOp;
}

export interface PlanSort {
  readonly field: PlanField;
  readonly direction: 'asc' | 'desc';
}

/** A validated query, in the terms every adapter carries out. */
export interface FindPlan {
  readonly conditions: readonly PlanCondition[];
  readonly sort: readonly PlanSort[];
  /** Direction of the id tie-break. */
  readonly tieBreak: 'asc' | 'desc';
  readonly limit: number;
  readonly offset: number;
}

/** One index to create: plain (btree) over these fields then the id, or a list index (GIN) on one field. */
export interface IndexSpec {
  readonly name: string;
  readonly kind: 'btree' | 'list';
  readonly fields: readonly PlanField[];
}

/** A checked declaration: fields by name and the indexes that serve them. */
export interface IndexDeclaration {
  readonly collection: string;
  readonly fields: ReadonlyMap<string, PlanField>;
  readonly indexes: readonly IndexSpec[];
}

const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]{0,63}(\.(?:[A-Za-z_][A-Za-z0-9_]{0,63}|\d{1,4})){0,7}$/;
const fieldPath = z
  .string()
  .regex(
    FIELD_PATH,
    'must be a dotted path of names (letters, digits, underscores) or list positions, such as `lead.userId` or `sla.0.due`',
  );

/** The declaration's JSON shape; `declareIndexes` adds the cross-checks. */
export const collectionIndexesSchema = z.strictObject({
  fields: z.record(fieldPath, z.enum(['text', 'number', 'boolean', 'text-list'])),
  compound: z.array(z.array(fieldPath).min(1).max(8)).max(32).optional(),
});

const scalar = z.union([z.string().max(1000), z.number().refine(Number.isFinite, 'must be a finite number'), z.boolean()]);
const bound = z.union([z.string().max(1000), z.number().refine(Number.isFinite, 'must be a finite number')]);
const conditionObject = z
  .strictObject({
    eq: scalar.optional(),
    in: z.array(scalar).min(1, 'give at least one value').max(200).optional(),
    gt: bound.optional(),
    gte: bound.optional(),
    lt: bound.optional(),
    lte: bound.optional(),
    prefix: z.string().min(1, 'give at least one character').max(200).optional(),
    has: z.string().max(1000).optional(),
    hasAny: z.array(z.string().max(1000)).min(1, 'give at least one value').max(200).optional(),
    exists: z.boolean().optional(),
  })
  .refine((value) => Object.values(value).some((entry) => entry !== undefined), 'give at least one operator');

/** A query's JSON shape; fields and operators are then checked against the declaration. */
export const findQuerySchema = z.strictObject({
  where: z
    .record(z.string().min(1).max(300), z.union([scalar, conditionObject]))
    .refine((value) => Object.keys(value).length <= 16, 'at most 16 conditions')
    .optional(),
  sort: z
    .array(z.strictObject({ field: z.string().min(1).max(300), direction: z.enum(['asc', 'desc']).optional() }))
    .max(3, 'sort by at most three fields')
    .optional(),
  pageSize: z.number().int().min(1).max(500).optional(),
  page: z.number().int().min(1).max(1_000_000).optional(),
});

function indexName(collection: string, kind: string, fields: readonly PlanField[]): string {
  // Stable from what the index covers, so declaring it again finds the same one; short enough for PostgreSQL's 63.
  const text = `${collection}|${kind}|${fields.map((field) => `${field.name}:${field.type}`).join(',')}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ code, 0x5bd1e995) >>> 0;
  }
  return `civic_q_${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

/**
 * Checks a collection's index declaration: paths, types, and that every field
 * of a compound index is declared and can be ordered.
 *
 * @throws {ValidationError} `storage.indexes.*`, naming the field.
 */
export function declareIndexes(collection: string, declaration: CollectionIndexes): IndexDeclaration {
  const parsed = parseInput(collectionIndexesSchema, declaration, { codePrefix: 'storage.indexes', what: 'index declaration' });
  const fields = new Map<string, PlanField>();
  for (const [name, type] of Object.entries(parsed.fields)) fields.set(name, { name, path: name.split('.'), type });
  const issues: Issue[] = [];
  const indexes: IndexSpec[] = [];
  for (const field of fields.values()) {
    indexes.push({
      name: indexName(collection, field.type === 'text-list' ? 'list' : 'btree', [field]),
      kind: field.type === 'text-list' ? 'list' : 'btree',
      fields: [field],
    });
  }
  (parsed.compound ?? []).forEach((names, index) => {
    const members: PlanField[] = [];
    names.forEach((name, position) => {
      const field = fields.get(name);
      if (field === undefined) {
        issues.push({
          code: 'storage.indexes.unknown_field',
          path: ['compound', index, position],
          message: `\`${name}\` is not one of the declared fields: add it to \`fields\` first`,
        });
      } else if (field.type === 'text-list') {
        issues.push({
          code: 'storage.indexes.list_in_compound',
          path: ['compound', index, position],
          message: `\`${name}\` is a text-list and cannot be part of a compound index (it has its own list index)`,
        });
      } else members.push(field);
    });
    if (members.length === names.length) indexes.push({ name: indexName(collection, 'btree', members), kind: 'btree', fields: members });
  });
  if (issues.length > 0) throw ValidationError.fromIssues(issues);
  const unique = [...new Map(indexes.map((spec) => [spec.name, spec])).values()];
  return { collection, fields, indexes: unique };
}

const OPERATORS: Readonly<Record<IndexedFieldType, readonly string[]>> = {
  text: ['eq', 'in', 'gt', 'gte', 'lt', 'lte', 'prefix', 'exists'],
  number: ['eq', 'in', 'gt', 'gte', 'lt', 'lte', 'exists'],
  boolean: ['eq', 'in', 'exists'],
  'text-list': ['has', 'hasAny', 'exists'],
};

const JS_TYPE: Readonly<Record<IndexedFieldType, string>> = { text: 'string', number: 'number', boolean: 'boolean', 'text-list': 'string' };

/**
 * Checks a query against the collection's declaration and turns it into a plan.
 *
 * @throws {ValidationError} `storage.query.unindexed_field` (naming the field
 *   and the collection), `storage.query.operator` (an operator the field's type
 *   has not got), `storage.query.value_type`, `storage.query.unsortable_field`,
 *   or the shape's own codes.
 */
export function planQuery(declaration: IndexDeclaration | undefined, query: FindQuery): FindPlan {
  const parsed = parseInput(findQuerySchema, query, { codePrefix: 'storage.query', what: 'query' });
  const issues: Issue[] = [];
  const lookup = (name: string, path: (string | number)[]): PlanField | undefined => {
    const field = declaration?.fields.get(name);
    if (field === undefined) {
      issues.push({
        code: 'storage.query.unindexed_field',
        path,
        message:
          declaration === undefined
            ? `\`${name}\` cannot be queried: the collection was opened without index declarations (pass \`{ indexes }\` to \`collection()\`)`
            : `\`${name}\` is not an indexed field of ${declaration.collection}: declare it in the collection's \`indexes\` to filter or sort on it`,
      });
    }
    return field;
  };
  const conditions: PlanCondition[] = [];
  for (const [name, condition] of Object.entries(parsed.where ?? {})) {
    const field = lookup(name, ['where', name]);
    if (field === undefined) continue;
    const operators = typeof condition === 'object' ? condition : { eq: condition };
    for (const [op, value] of Object.entries(operators)) {
      if (value === undefined) continue;
      const path = ['where', name, ...(typeof condition === 'object' ? [op] : [])];
      if (!OPERATORS[field.type].includes(op)) {
        issues.push({
          code: 'storage.query.operator',
          path,
          message: `\`${op}\` does not apply to \`${name}\`, a ${field.type} field: use one of ${OPERATORS[field.type].join(', ')}`,
        });
        continue;
      }
      const want = JS_TYPE[field.type];
      const values = Array.isArray(value) ? value : [value];
      if (op !== 'exists' && values.some((entry) => typeof entry !== want)) {
        issues.push({
          code: 'storage.query.value_type',
          path,
          message: `\`${name}\` is a ${field.type} field: compare it with ${want} values`,
        });
        continue;
      }
      conditions.push({ field, test: toPlanOp(op, value as never) });
    }
  }
  const sort: PlanSort[] = [];
  (parsed.sort ?? []).forEach((key, index) => {
    const field = lookup(key.field, ['sort', index, 'field']);
    if (field === undefined) return;
    if (field.type === 'text-list') {
      issues.push({
        code: 'storage.query.unsortable_field',
        path: ['sort', index, 'field'],
        message: `\`${key.field}\` is a text-list and cannot be sorted on`,
      });
      return;
    }
    sort.push({ field, direction: key.direction ?? 'asc' });
  });
  if (issues.length > 0) throw ValidationError.fromIssues(issues);
  const pageSize = parsed.pageSize ?? 25;
  return {
    conditions,
    sort,
    tieBreak: sort.at(-1)?.direction ?? 'asc',
    limit: pageSize,
    offset: ((parsed.page ?? 1) - 1) * pageSize,
  };
}

function toPlanOp(op: string, value: QueryScalar | readonly QueryScalar[] | boolean): PlanOp {
  switch (op) {
    case 'in':
      return { op: 'in', values: value as readonly QueryScalar[] };
    case 'hasAny':
      return { op: 'hasAny', values: value as readonly string[] };
    case 'prefix':
    case 'has':
      return { op, value: value as string };
    case 'exists':
      return { op: 'exists', value: value as boolean };
    default:
      return { op: op as 'eq', value: value as QueryScalar };
  }
}

/** The field's value as the index sees it: the JSON at the path if it is of the field's type, else undefined (missing). */
export function fieldValue(data: JsonValue, field: PlanField): QueryScalar | readonly string[] | undefined {
  let current: JsonValue | undefined = data;
  for (const step of field.path) {
    if (Array.isArray(current)) current = /^\d+$/.test(step) ? current[Number(step)] : undefined;
    else if (current !== null && typeof current === 'object') {
      const object = current as { readonly [key: string]: JsonValue };
      current = Object.hasOwn(object, step) ? object[step] : undefined;
    } else current = undefined;
    if (current === undefined) return undefined;
  }
  switch (field.type) {
    case 'text':
      return typeof current === 'string' ? current : undefined;
    case 'number':
      return typeof current === 'number' ? current : undefined;
    case 'boolean':
      return typeof current === 'boolean' ? current : undefined;
    case 'text-list':
      return Array.isArray(current) ? current.filter((entry): entry is string => typeof entry === 'string') : undefined;
  }
}

/** Code-point order, as PostgreSQL's "C" collation compares UTF-8 text (JavaScript's `<` compares UTF-16 units). */
export function compareText(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i += 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function compareScalar(a: QueryScalar, b: QueryScalar): number {
  if (typeof a === 'string' && typeof b === 'string') return compareText(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  // Booleans: false before true, as PostgreSQL orders them.
  return Number(a) - Number(b);
}

/** Whether a record's data meets every condition of the plan (the memory adapter's evaluation). */
export function matchesPlan(data: JsonValue, plan: FindPlan): boolean {
  return plan.conditions.every(({ field, test }) => {
    const value = fieldValue(data, field);
    if (test.op === 'exists') return (value !== undefined) === test.value;
    if (value === undefined) return false;
    if (Array.isArray(value)) {
      if (test.op === 'has') return value.includes(test.value);
      if (test.op === 'hasAny') return test.values.some((entry) => value.includes(entry));
      return false;
    }
    const scalarValue = value as QueryScalar;
    switch (test.op) {
      case 'eq':
        return compareScalar(scalarValue, test.value) === 0;
      case 'in':
        return test.values.some((entry) => compareScalar(scalarValue, entry) === 0);
      case 'gt':
        return compareScalar(scalarValue, test.value) > 0;
      case 'gte':
        return compareScalar(scalarValue, test.value) >= 0;
      case 'lt':
        return compareScalar(scalarValue, test.value) < 0;
      case 'lte':
        return compareScalar(scalarValue, test.value) <= 0;
      case 'prefix':
        return typeof scalarValue === 'string' && scalarValue.startsWith(test.value);
      default:
        return false;
    }
  });
}

/** The plan's order for two records (the memory adapter's sort): missing values are the greatest; ties by id. */
export function comparePlanRows(
  a: { readonly id: string; readonly data: JsonValue },
  b: { readonly id: string; readonly data: JsonValue },
  plan: FindPlan,
): number {
  for (const { field, direction } of plan.sort) {
    const x = fieldValue(a.data, field) as QueryScalar | undefined;
    const y = fieldValue(b.data, field) as QueryScalar | undefined;
    const order = x === undefined ? (y === undefined ? 0 : 1) : y === undefined ? -1 : compareScalar(x, y);
    if (order !== 0) return direction === 'asc' ? order : -order;
  }
  const order = compareText(a.id, b.id);
  return plan.tieBreak === 'asc' ? order : -order;
}
