import * as z from 'zod/mini';
import { choiceSchema, hrefSchema, idSchema, textSchema } from '../lib/schemas.js';

const tagColours = ['grey', 'green', 'teal', 'purple', 'magenta', 'red', 'orange', 'yellow'] as const;
/** A query parameter name: what the filter, sort and page links and the filter form send. */
const paramName = z.string().check(z.regex(/^[A-Za-z][\w.-]*$/, 'A parameter name starts with a letter and has no spaces'));

export const caseListColumnSchema = z.object({
  /** The key of this column's cell in each row, and the `sort` value its header link sends. */
  key: paramName,
  text: textSchema,
  /** Sortable columns get a header link; the service sorts (the list never sorts rows itself). */
  sortable: z.optional(z.boolean()),
  numeric: z.optional(z.boolean()),
});

/** A cell: its text, or a GOV.UK tag with its words (a status). */
export const caseListCellSchema = z.union([z.string(), z.object({ tag: textSchema, colour: z.optional(z.enum(tagColours)) })]);

export const caseListRowSchema = z.object({
  /** The case's page: the first column's text links to it. */
  href: z.optional(hrefSchema),
  cells: z.record(z.string(), caseListCellSchema),
});

export const caseListFilterSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('checkboxes'),
    name: paramName,
    legend: textSchema,
    items: z.array(choiceSchema).check(z.minLength(1)),
    /** The values the request asked for. */
    value: z.optional(z.array(z.string())),
  }),
  z.object({
    type: z.literal('select'),
    name: paramName,
    legend: textSchema,
    items: z.array(choiceSchema).check(z.minLength(1)),
    value: z.optional(z.string()),
  }),
  z.object({
    type: z.literal('search'),
    name: paramName,
    legend: textSchema,
    hint: z.optional(textSchema),
    value: z.optional(z.string()),
  }),
]);

const count = z.int().check(z.minimum(0));

export const caseListOptionsSchema = z
  .object({
    /** The table's caption: which queue this is ("Your team’s cases"). */
    caption: textSchema,
    /** The list's own address: every sort, filter and page link, and the filter form, go back to it. */
    action: hrefSchema,
    columns: z.array(caseListColumnSchema).check(z.minLength(1, 'A case list needs at least one column')),
    /** This page's rows, already filtered, sorted and cut to the page by the service. */
    rows: z.array(caseListRowSchema),
    /** How the service sorted them. */
    sort: z.optional(z.object({ column: paramName, direction: z.enum(['ascending', 'descending']) })),
    /** The page shown, from 1. */
    page: z.optional(z.int().check(z.minimum(1))),
    pageSize: z.int().check(z.minimum(1)),
    /** How many cases match the filters, on every page. */
    total: count,
    /** The filters the queue offers, with what the request asked for. */
    filters: z.optional(z.array(caseListFilterSchema)),
    /** Names of the sort, direction and page parameters; `sort`, `order` and `page` if absent. */
    params: z.optional(z.object({ sort: z.optional(paramName), order: z.optional(paramName), page: z.optional(paramName) })),
    /** Prefix of the ids inside the list; `case-list` if absent. */
    id: z.optional(idSchema),
  })
  .check(
    z.refine((options) => options.rows.length <= options.pageSize, { message: 'A page cannot hold more rows than pageSize' }),
    z.refine((options) => (options.page ?? 1) <= Math.max(1, Math.ceil(options.total / options.pageSize)), {
      message: 'page is past the last page: total and pageSize leave fewer pages (send the person to the last page instead)',
    }),
    z.refine((options) => !options.sort || options.columns.some((column) => column.key === options.sort?.column && column.sortable), {
      message: 'sort.column must be the key of a sortable column',
    }),
  );

export type CaseListColumn = z.infer<typeof caseListColumnSchema>;
export type CaseListCell = z.infer<typeof caseListCellSchema>;
export type CaseListRow = z.infer<typeof caseListRowSchema>;
export type CaseListFilter = z.infer<typeof caseListFilterSchema>;
/** Options for a work queue page: a server-sorted table, a GET filter panel, the selected filters and pagination. */
export type CaseListOptions = z.infer<typeof caseListOptionsSchema>;
