/**
 * Between a journey page's HTML form and the engine: the names and ids the fields use, the answers a
 * posted form holds (in the shape `answerPage` reads), and stored answers back in form shape so a page
 * shows what the person gave before. The server and `<civic-journey>` both use these, so a page posts
 * the same data with JavaScript on and off.
 */
import { itemLimit, type AnswerValue, type AddressAnswer, type Question } from '@civicbricks/registration';
import { Money } from '@civicbricks/core/money';

/** What a form holds for one question before validation: text, ticked values, or parts. */
export type RawInput = string | readonly string[] | readonly RawItem[] | RawItem | undefined;
export interface RawItem {
  readonly [part: string]: RawInput;
}

/** Form data as both `URLSearchParams` (the server) and `FormData` (the browser) give it. */
export interface FormEntries {
  entries(): Iterable<readonly [string, unknown]>;
}

/** Each field's text values, gathered in one pass: asking the form for each field in turn costs fields × entries. */
type PostedFields = ReadonlyMap<string, readonly string[]>;

function indexFields(form: FormEntries): PostedFields {
  const fields = new Map<string, string[]>();
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') continue;
    const values = fields.get(name);
    if (values) values.push(value);
    else fields.set(name, [value]);
  }
  return fields;
}

/** The submit button's name; its value says what the person asked for. */
export const ACTION_FIELD = '$action';
/** The hidden field that carries the form's anti-forgery token. */
export const CSRF_FIELD = '$csrf';

/** What pressing a button on a question page asks for. */
export type PageAction =
  | { readonly kind: 'continue' }
  | { readonly kind: 'save' }
  | { readonly kind: 'add'; readonly question: string }
  | { readonly kind: 'remove'; readonly question: string; readonly index: number };

export type Path = readonly (string | number)[];

/** The name a field posts under: `dob`, `address.town`, `withYou[1].firstName` (as `showFormErrors` reads paths). */
export function fieldName(path: Path): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

/** The id of a field's control: its name with `-` between parts, so it is safe in a URL fragment and a CSS selector. */
export function fieldId(path: Path): string {
  return path.map(String).join('-');
}

const DATE_PARTS = ['day', 'month', 'year'] as const;
const ADDRESS_PARTS = ['line1', 'line2', 'town', 'county', 'postcode'] as const;
const NAME_PARTS = ['first', 'last'] as const;

/** The parts a grouped question posts, or `undefined` for a question with one control. */
export function partsOf(question: Question): readonly string[] | undefined {
  if (question.type === 'address') return ADDRESS_PARTS;
  if (question.type === 'name' && question.parts === 'firstAndLast') return NAME_PARTS;
  return undefined;
}

function texts(form: PostedFields, name: string): readonly string[] {
  return form.get(name) ?? [];
}

function first(form: PostedFields, name: string): string | undefined {
  return form.get(name)?.[0];
}

function isBlank(raw: RawInput): boolean {
  if (raw === undefined) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  if (Array.isArray(raw)) return raw.length === 0;
  return Object.values(raw as RawItem).every(isBlank);
}

function readRaw(question: Question, path: Path, form: PostedFields, keepBlankItems = false): RawInput {
  const name = fieldName(path);
  switch (question.type) {
    case 'date':
      return Object.fromEntries(DATE_PARTS.map((part) => [part, first(form, `${name}-${part}`)]));
    case 'checkboxes':
      return texts(form, name);
    case 'addAnother': {
      const indices = new Set<number>();
      const pattern = new RegExp(`^${escapeRegExp(name)}\\[(\\d{1,4})\\]\\.`);
      for (const key of form.keys()) {
        const match = pattern.exec(key);
        if (match) indices.add(Number(match[1]));
      }
      // One item more than the question takes is enough for the engine to say so; the rest are never read.
      // Items left blank (the empty one always offered at the end) are not answers.
      return [...indices]
        .sort((a, b) => a - b)
        .slice(0, itemLimit(question) + 1)
        .map((index) => Object.fromEntries(question.questions.map((inner) => [inner.id, readRaw(inner, [...path, index, inner.id], form)])))
        .filter((item) => keepBlankItems || !isBlank(item));
    }
    default: {
      const parts = partsOf(question);
      if (parts) return Object.fromEntries(parts.map((part) => [part, first(form, `${name}.${part}`)]));
      return first(form, name);
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What a posted page says for each of its questions, keyed by question id, ready for `answerPage`. Add-another
 * items left blank are dropped, unless `keepBlankItems` (for "Remove", whose button counts every item shown).
 */
export function postedAnswers(
  questions: readonly Question[],
  form: FormEntries,
  options: { readonly keepBlankItems?: boolean } = {},
): { [questionId: string]: RawInput } {
  const fields = indexFields(form);
  return Object.fromEntries(questions.map((question) => [question.id, readRaw(question, [question.id], fields, options.keepBlankItems)]));
}

/** Which button was pressed; Enter in a field presses the first, which is always "Continue". */
export function pageAction(form: FormEntries): PageAction {
  const value = first(indexFields(form), ACTION_FIELD) ?? 'continue';
  if (value === 'save') return { kind: 'save' };
  const add = /^add:([A-Za-z][\w-]*)$/.exec(value);
  if (add?.[1]) return { kind: 'add', question: add[1] };
  const remove = /^remove:([A-Za-z][\w-]*):(\d{1,4})$/.exec(value);
  if (remove?.[1] && remove[2]) return { kind: 'remove', question: remove[1], index: Number(remove[2]) };
  return { kind: 'continue' };
}

/** A stored answer as the form shows it again: the way a person would have typed it. */
export function inputFromAnswer(question: Question, value: AnswerValue | undefined): RawInput {
  if (value === undefined || value === null) return undefined;
  switch (question.type) {
    case 'date': {
      const [year, month, day] = String(value).split('-');
      return { day: String(Number(day)), month: String(Number(month)), year };
    }
    case 'money':
      return Money.fromPence(value as number)
        .format('en')
        .replace(/^(-?)£/, '$1')
        .replace(/,/g, '');
    case 'number':
      return String(value);
    case 'yesNo':
      return value ? 'yes' : 'no';
    case 'checkboxes':
      return value as readonly string[];
    case 'address': {
      const address = value as AddressAnswer;
      return Object.fromEntries(ADDRESS_PARTS.map((part) => [part, address[part]]));
    }
    case 'name':
      return typeof value === 'string' ? value : { ...(value as { first: string; last: string }) };
    case 'addAnother':
      return (value as readonly { readonly [id: string]: AnswerValue }[]).map((item) =>
        Object.fromEntries(question.questions.map((inner) => [inner.id, inputFromAnswer(inner, item[inner.id])])),
      );
    default:
      return String(value);
  }
}

/** The raw input of every question on a page, from the answers so far. */
export function inputsFromAnswers(
  questions: readonly Question[],
  answers: { readonly [id: string]: AnswerValue | undefined },
): { [questionId: string]: RawInput } {
  return Object.fromEntries(questions.map((question) => [question.id, inputFromAnswer(question, answers[question.id])]));
}

/**
 * Applies an add or remove button to input read with `keepBlankItems`, so the page can be shown again with one
 * more or one fewer item: the item removed is the one whose button was pressed, counting blank items too, and
 * blank items are then dropped (the page always ends with an empty item to fill in, so adding needs nothing more).
 */
export function applyItemAction(
  inputs: { readonly [questionId: string]: RawInput },
  action: Extract<PageAction, { kind: 'add' | 'remove' }>,
): { [questionId: string]: RawInput } {
  const out: { [questionId: string]: RawInput } = {};
  for (const [id, input] of Object.entries(inputs)) {
    if (!Array.isArray(input) || input.some((item) => typeof item !== 'object')) {
      out[id] = input;
      continue;
    }
    const items = input as readonly RawItem[];
    const kept = action.kind === 'remove' && id === action.question ? items.filter((_, index) => index !== action.index) : items;
    out[id] = kept.filter((item) => !isBlank(item));
  }
  return out;
}
