/**
 * The names, ids and posted values of a journey page's fields: what the form code and every question type's
 * controls share, so both write and read the same names.
 */

/** What a form holds for one question before validation: text, ticked values, or parts. */
export type RawInput = string | readonly string[] | readonly RawItem[] | RawItem | undefined;
export interface RawItem {
  readonly [part: string]: RawInput;
}

/** Each field's text values, gathered in one pass: asking the form for each field in turn costs fields × entries. */
export type PostedFields = ReadonlyMap<string, readonly string[]>;

export type Path = readonly (string | number)[];

/** The submit button's name; its value says what the person asked for. */
export const ACTION_FIELD = '$action';

/** The name a field posts under: `dob`, `address.town`, `withYou[1].firstName` (as `showFormErrors` reads paths). */
export function fieldName(path: Path): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

/** The id of a field's control: its name with `-` between parts, so it is safe in a URL fragment and a CSS selector. */
export function fieldId(path: Path): string {
  return path.map(String).join('-');
}

/** Every value posted under a name (ticked checkboxes). */
export function texts(form: PostedFields, name: string): readonly string[] {
  return form.get(name) ?? [];
}

/** The first value posted under a name. */
export function first(form: PostedFields, name: string): string | undefined {
  return form.get(name)?.[0];
}

export function isBlankInput(raw: RawInput): boolean {
  if (raw === undefined) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  if (Array.isArray(raw)) return raw.length === 0;
  return Object.values(raw as RawItem).every(isBlankInput);
}
