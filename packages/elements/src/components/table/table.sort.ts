import type { TableCell } from './table.options.js';

/** The two ways a column sorts. Here rather than beside the options schema, so the browser bundle never carries zod. */
export const sortDirections = ['ascending', 'descending'] as const;
export type SortDirection = (typeof sortDirections)[number];

/** A cell's value as a number: digits, sign and decimal point kept, so "£1,250.50" and "85%" sort by their amounts. */
function numericValue(cell: TableCell | undefined): number {
  if (cell === undefined) return Number.NaN;
  if (typeof cell.sortValue === 'number') return cell.sortValue;
  const source = cell.sortValue ?? cell.text;
  const cleaned = source.replace(/[^\d.-]/g, '');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}

function textValue(cell: TableCell | undefined): string {
  if (cell === undefined) return '';
  return cell.sortValue === undefined ? cell.text : String(cell.sortValue);
}

/**
 * The rows in the order of one column. Numbers compare as numbers; text compares with `Intl.Collator` for the
 * page's language, so accents and Welsh digraphs land where a reader expects, and "Item 10" follows "Item 9".
 * Cells with no number sort last in both directions: blanks are rarely what someone sorting wants to see first.
 * The sort is stable, so rows that tie keep the order the service gave them.
 */
export function sortRows(
  rows: readonly (readonly TableCell[])[],
  column: number,
  direction: SortDirection,
  numeric: boolean,
  locale: string,
): TableCell[][] {
  const sign = direction === 'ascending' ? 1 : -1;
  const copy = rows.map((row) => [...row]);
  if (numeric) {
    return copy.sort((a, b) => {
      const x = numericValue(a[column]);
      const y = numericValue(b[column]);
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? 0 : Number.isNaN(x) ? 1 : -1;
      return sign * (x - y);
    });
  }
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return copy.sort((a, b) => sign * collator.compare(textValue(a[column]), textValue(b[column])));
}
