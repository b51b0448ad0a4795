import * as z from 'zod/mini';
import { sortDirections } from './table.sort.js';

// Options schemas live apart from the templates so the browser bundle never carries zod: only the server render functions validate with them.
// Text only throughout: GOV.UK's `html` options are not offered because there is no sanitiser yet.
// GOV.UK's colspan and rowspan are not offered either: a spanning cell has no single column to sort by.
const formatSchema = z.optional(z.literal('numeric'));

export const tableHeadCellSchema = z.object({
  text: z.string().check(z.minLength(1, 'A table header needs text')),
  /** `numeric` right-aligns the header and makes the column sort as numbers. */
  format: formatSchema,
  /** `false` keeps this column's header plain in a sortable table (a column of links, for example). */
  sortable: z.optional(z.boolean()),
});

export const tableCellSchema = z.object({
  text: z.string(),
  /** `numeric` right-aligns the cell (give each numeric cell its format, as in GOV.UK). */
  format: formatSchema,
  /** What the cell sorts by when its text does not sort well, such as `20240105` for "5 January 2024". */
  sortValue: z.optional(z.union([z.string(), z.number()])),
});

export const tableCaptionSizes = ['s', 'm', 'l', 'xl'] as const;
export { sortDirections, type SortDirection } from './table.sort.js';

export const tableOptionsSchema = z.object({
  rows: z.array(z.array(tableCellSchema)),
  head: z.optional(z.array(tableHeadCellSchema)),
  caption: z.optional(z.string()),
  /** The caption's size, in place of GOV.UK's `captionClasses: "govuk-table__caption--m"`. */
  captionSize: z.optional(z.enum(tableCaptionSizes)),
  /** Makes the first cell of each row a row header (`<th scope="row">`). */
  firstCellIsHeader: z.optional(z.boolean()),
  /** With JavaScript, column headers become sort buttons. Without it the headers stay plain: sorting is an enhancement. */
  sortable: z.optional(z.boolean()),
  /**
   * `client` (the default) reorders the rows in the page. `server` never reorders: it fires `civic-sort`
   * so the page can fetch that page of results sorted, for data split across pages.
   */
  sortMode: z.optional(z.enum(['client', 'server'])),
  /** The column (from 0) the rows are already sorted by, so its header says so. */
  sortColumn: z.optional(z.int().check(z.nonnegative())),
  sortDirection: z.optional(z.enum(sortDirections)),
});

export type TableHeadCell = z.infer<typeof tableHeadCellSchema>;
export type TableCell = z.infer<typeof tableCellSchema>;
export type TableCaptionSize = (typeof tableCaptionSizes)[number];
/** Options for a GOV.UK table, named as in the GOV.UK Design System's macro (plus sorting, after the MOJ sortable table). */
export type TableOptions = z.infer<typeof tableOptionsSchema>;
