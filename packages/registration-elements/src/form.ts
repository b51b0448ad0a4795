/**
 * Between a journey page's HTML form and the engine: the names and ids the fields use, the answers a
 * posted form holds (in the shape `answerPage` reads), and stored answers back in form shape so a page
 * shows what the person gave before. The server and `<civic-journey>` both use these, so a page posts
 * the same data with JavaScript on and off.
 */
import type { AnswerValue, Question } from '@civicbricks/registration';
import { ACTION_FIELD, first, isBlankInput as isBlank, type Path, type PostedFields, type RawInput, type RawItem } from './fields.js';
import { inputWithControls, readWithControls } from './question-types/base.js';
import { controlsOf } from './question-types/index.js';

export { ACTION_FIELD, fieldId, fieldName, type Path, type RawInput, type RawItem } from './fields.js';

/** Form data as both `URLSearchParams` (the server) and `FormData` (the browser) give it. */
export interface FormEntries {
  entries(): Iterable<readonly [string, unknown]>;
}

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

/** The hidden field that carries the form's anti-forgery token. */
export const CSRF_FIELD = '$csrf';

/** What pressing a button on a question page asks for. */
export type PageAction =
  | { readonly kind: 'continue' }
  | { readonly kind: 'save' }
  | { readonly kind: 'add'; readonly question: string }
  | { readonly kind: 'remove'; readonly question: string; readonly index: number };

/** The parts a grouped question posts, or `undefined` for a question with one control. */
export function partsOf(question: Question): readonly string[] | undefined {
  return controlsOf(question).parts?.(question);
}

function readRaw(question: Question, path: Path, form: PostedFields, keepBlankItems = false): RawInput {
  return readWithControls(controlsOf(question), question, path, form, keepBlankItems);
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
  return inputWithControls(controlsOf(question), question, value);
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
