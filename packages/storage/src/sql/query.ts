/**
 * The SQL form of a query plan. Each declared field is one expression over
 * `data`, written identically in the index and in every query, so PostgreSQL
 * matches them; that is why paths and the collection name are written into
 * the text (both were validated against strict patterns first) while every
 * compared value is a bound parameter.
 *
 * - Values of another JSON type are NULL (missing), as in the memory adapter.
 * - Text compares with the "C" collation: code-point order on every server,
 *   whatever locale the database was created with.
 * - NULL sorts as the greatest value (PostgreSQL's default), so one ascending
 *   index serves both directions.
 * - Indexes are partial (`where collection = '…'`): each covers only its collection's rows.
 */
import { sql, type RawBuilder } from 'kysely';
import type { FindPlan, IndexSpec, PlanCondition, PlanField } from '../query.js';

function pathLiteral(field: PlanField): string {
  // Validated: names of letters, digits and underscores, or digits; nothing to escape.
  return `'{${field.path.join(',')}}'`;
}

/** The field's expression, as text: the same in `create index` and in queries. */
export function fieldExpression(field: PlanField): string {
  const path = pathLiteral(field);
  switch (field.type) {
    case 'text':
      return `((case when jsonb_typeof(data #> ${path}) = 'string' then data #>> ${path} end) collate "C")`;
    case 'number':
      return `(case when jsonb_typeof(data #> ${path}) = 'number' then cast(data #>> ${path} as numeric) end)`;
    case 'boolean':
      return `(case when jsonb_typeof(data #> ${path}) = 'boolean' then cast(data #>> ${path} as boolean) end)`;
    case 'text-list':
      return `(data #> ${path})`;
  }
}

/** Collection names are validated (`[a-z][a-z0-9_.-]*`), so quoting is all a literal needs. */
export function collectionLiteral(collection: string): string {
  return `'${collection.replaceAll("'", "''")}'`;
}

export function createIndexStatement(schema: string, collection: string, spec: IndexSpec): RawBuilder<unknown> {
  const where = sql.raw(`where collection = ${collectionLiteral(collection)}`);
  if (spec.kind === 'list') {
    const [field] = spec.fields;
    if (field === undefined) throw new Error('a list index needs its field');
    return sql`create index if not exists ${sql.id(spec.name)} on ${sql.id(schema, 'civic_records')} using gin (${sql.raw(fieldExpression(field))} jsonb_path_ops) ${where}`;
  }
  const columns = [...spec.fields.map(fieldExpression), 'id collate "C"'].join(', ');
  return sql`create index if not exists ${sql.id(spec.name)} on ${sql.id(schema, 'civic_records')} (${sql.raw(columns)}) ${where}`;
}

/**
 * Statistics on one field's expression. PostgreSQL does not use the
 * statistics of a partial index's expressions when it estimates how many rows
 * a condition keeps, and without them it guesses one row for every filter and
 * can pick a poor index at 100,000 records; an extended statistics object
 * gives it the field's common values and histogram.
 */
export function createStatisticsStatement(schema: string, name: string, field: PlanField): RawBuilder<unknown> {
  return sql`create statistics if not exists ${sql.id(schema, name)} on (${sql.raw(fieldExpression(field))}) from ${sql.id(schema, 'civic_records')}`;
}

function typed(field: PlanField, value: unknown): RawBuilder<unknown> {
  switch (field.type) {
    case 'number':
      return sql`cast(${String(value)} as numeric)`;
    case 'boolean':
      return sql`cast(${String(value)} as boolean)`;
    default:
      return sql`cast(${value} as text)`;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

export function conditionSql({ field, test }: PlanCondition): RawBuilder<boolean> {
  const expr = sql.raw(fieldExpression(field));
  switch (test.op) {
    case 'exists':
      if (field.type === 'text-list')
        return test.value ? sql`jsonb_typeof(${expr}) = 'array'` : sql`coalesce(jsonb_typeof(${expr}), '') <> 'array'`;
      return test.value ? sql`${expr} is not null` : sql`${expr} is null`;
    case 'eq':
      return sql`${expr} = ${typed(field, test.value)}`;
    case 'gt':
      return sql`${expr} > ${typed(field, test.value)}`;
    case 'gte':
      return sql`${expr} >= ${typed(field, test.value)}`;
    case 'lt':
      return sql`${expr} < ${typed(field, test.value)}`;
    case 'lte':
      return sql`${expr} <= ${typed(field, test.value)}`;
    case 'in':
      return sql`${expr} in (${sql.join(test.values.map((value) => typed(field, value)))})`;
    case 'prefix':
      // With the "C" collation PostgreSQL turns a left-anchored LIKE into a range on the index.
      return sql`${expr} like ${`${escapeLike(test.value)}%`}`;
    case 'has':
      return sql`${expr} @> jsonb_build_array(cast(${test.value} as text))`;
    case 'hasAny':
      return sql`(${sql.join(
        test.values.map((value) => sql`${expr} @> jsonb_build_array(cast(${value} as text))`),
        sql` or `,
      )})`;
  }
}

export function orderBySql(plan: FindPlan): RawBuilder<unknown> {
  const keys = plan.sort.map(({ field, direction }) => `${fieldExpression(field)} ${direction}`);
  keys.push(`id collate "C" ${plan.tieBreak}`);
  return sql.raw(keys.join(', '));
}

export function whereSql(collection: string, plan: FindPlan): RawBuilder<boolean> {
  return sql.join(
    [sql.raw(`collection = ${collectionLiteral(collection)}`), ...plan.conditions.map(conditionSql)],
    sql` and `,
  ) as RawBuilder<boolean>;
}
