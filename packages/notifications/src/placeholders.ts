/**
 * Notify's `((placeholder))` language: plain placeholders, conditional content
 * `((name??text))` and list values.
 *
 * Behaviour checked against alphagov/notifications-utils (`field.py`,
 * `insensitive_dict.py`, `formatters.py`):
 * - a placeholder is `((` + at least one character that is not a bracket + `))`;
 * - names match ignoring case, spaces, `_` and `-` (`First_name` = `first name`);
 * - the name of a conditional is the text before the first `??`; the rest
 *   (which may itself contain `??`) is shown when the value is truthy: `yes`,
 *   `y`, `true`, `t`, `1`, `include` or `show`, in any case;
 * - a value that is `null` or absent is missing;
 * - a list drops empty items and becomes `a, b and c` in text messages and
 *   subjects, or a bulleted list in an email body;
 * - values are turned to text as Python would (`true` becomes `True`), so a
 *   message reads the same as Notify would send it.
 */

/** One personalisation value: text, a number, a yes/no, or a list shown as bullets. */
export type PersonalisationScalar = string | number | boolean | null | undefined;
export type PersonalisationValue = PersonalisationScalar | readonly PersonalisationScalar[];
/** Values for a template's placeholders, by name (matched as Notify matches them). */
export type Personalisation = { readonly [name: string]: PersonalisationValue };

/** A placeholder found in a template. */
export interface PlaceholderMatch {
  /** The name as written in the template. */
  readonly name: string;
  /** The name as compared: lower case without spaces, `_` or `-`. */
  readonly key: string;
  /** The text after `??` for conditional content. */
  readonly conditional?: string;
}

const PLACEHOLDER = /\(\(([^()]+)\)\)/g;
const TRUTHY: ReadonlySet<string> = new Set(['yes', 'y', 'true', 't', '1', 'include', 'show']);
// Python's str.strip() without arguments, and the obscure spaces Notify removes from list items.
const PY_WHITESPACE = ' \t\n\r\x0b\x0c';
const OBSCURE = /\u180E|\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00A0/g;

/** The key Notify compares placeholder names by. */
export function placeholderKey(name: string): string {
  return name.replace(/[ _-]/g, '').toLowerCase();
}

/** Every placeholder in `text`, in order, including repeats. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const found: PlaceholderMatch[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) found.push(parsePlaceholder(match[1] ?? ''));
  return found;
}

/** The distinct placeholder names in `text` (first spelling wins), as Notify lists them. */
export function placeholderNames(...texts: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const text of texts) {
    for (const { name, key } of findPlaceholders(text)) if (!seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()];
}

/** Notify's test for conditional content: is this value "yes"? */
export function isTruthyValue(value: PersonalisationValue): boolean {
  if (value === null || value === undefined || value === '' || value === 0 || value === false) return false;
  if (Array.isArray(value)) return false;
  return TRUTHY.has(scalarText(value as PersonalisationScalar).toLowerCase());
}

/** How list values are written out. */
export type ListStyle = 'sentence' | 'markdown';

export interface FillOptions {
  readonly listStyle: ListStyle;
  /** The word before the last item of a list written as a sentence ("and"). */
  readonly conjunction: (lastItem: string) => string;
  /** What to put where a value is missing. */
  readonly onMissing: (placeholder: PlaceholderMatch, raw: string) => string;
  /** How a value's text (or a list item's) goes into the message; as it is if absent. */
  readonly valueText?: (text: string, placeholder: PlaceholderMatch) => string;
}

/** Case-insensitive lookup of values, as Notify's InsensitiveDict (the last of two spellings wins). */
export function indexValues(values: Personalisation): Map<string, PersonalisationValue> {
  const index = new Map<string, PersonalisationValue>();
  for (const [name, value] of Object.entries(values)) index.set(placeholderKey(name), value);
  return index;
}

/** Replaces every placeholder in `text`: values as text, conditionals by truthiness, missing ones via `onMissing`. */
export function fillPlaceholders(text: string, values: ReadonlyMap<string, PersonalisationValue>, options: FillOptions): string {
  return text.replace(PLACEHOLDER, (raw, body: string) => {
    const placeholder = parsePlaceholder(body);
    const value = values.get(placeholder.key);
    if (value === null || value === undefined) return options.onMissing(placeholder, raw);
    if (placeholder.conditional !== undefined) return isTruthyValue(value) ? placeholder.conditional : '';
    const valueText = options.valueText ?? ((text: string) => text);
    if (Array.isArray(value)) return listText(value as readonly PersonalisationScalar[], options, (item) => valueText(item, placeholder));
    return valueText(scalarText(value as PersonalisationScalar), placeholder);
  });
}

// Placeholders read so far, by what is between the brackets: a template's few names come up on every render.
const PARSED_LIMIT = 2000;
const parsed = new Map<string, PlaceholderMatch>();

function parsePlaceholder(body: string): PlaceholderMatch {
  let match = parsed.get(body);
  if (match === undefined) {
    match = Object.freeze(readPlaceholder(body));
    if (parsed.size >= PARSED_LIMIT) parsed.delete(parsed.keys().next().value as string);
    parsed.set(body, match);
  }
  return match;
}

function readPlaceholder(body: string): PlaceholderMatch {
  const at = body.indexOf('??');
  if (at === -1) return { name: body, key: placeholderKey(body) };
  const name = body.slice(0, at);
  return { name, key: placeholderKey(name), conditional: body.slice(at + 2) };
}

function listText(items: readonly PersonalisationScalar[], options: FillOptions, itemText: (text: string) => string): string {
  const kept = items
    .filter((item) => item !== null && item !== undefined)
    .map((item) => pyStrip(scalarText(item).replace(OBSCURE, '')))
    .filter((item) => item !== '')
    .map(itemText);
  if (kept.length === 0) return '';
  if (options.listStyle === 'markdown') return `\n\n${kept.map((item) => `* ${item}`).join('\n')}`;
  if (kept.length === 1) return kept[0] ?? '';
  const last = kept[kept.length - 1] ?? '';
  return `${kept.slice(0, -1).join(', ')} ${options.conjunction(last)} ${last}`;
}

function scalarText(value: PersonalisationScalar): string {
  if (value === true) return 'True';
  if (value === false) return 'False';
  return String(value);
}

function pyStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && PY_WHITESPACE.includes(text[start] ?? '')) start += 1;
  while (end > start && PY_WHITESPACE.includes(text[end - 1] ?? '')) end -= 1;
  return text.slice(start, end);
}
