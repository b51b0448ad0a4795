/**
 * How much one request may ask of the server, worked out from the journey and checked on the raw body before
 * anything parses it: a post can only be as big, have as many fields and nest as deep as a real page or
 * `<civic-journey>` could send. Each check is one pass over the text, so a hostile body costs no more than
 * reading it. Node only.
 */
import { itemLimit, type Journey, type Question } from '@civicbricks/registration';
import { partsOf } from '../form.js';

/** Longer than any field name a page uses: ids have at most 64 characters, so `outer[49].inner-month` stays well under. */
export const MAX_KEY_LENGTH = 200;
/** Deeper than any body `<civic-journey>` sends: `{ answers: { people: [ { name: { first } } ] } }` is five. */
export const MAX_JSON_DEPTH = 8;
/** Fields a page posts besides its questions: the anti-forgery token and the button pressed. */
const FORM_OVERHEAD = 2;

/** The most fields a question's controls post: every box of a checkbox list, every part of every item. */
function fieldsOf(question: Question): number {
  switch (question.type) {
    case 'date':
      return 3;
    case 'checkboxes':
      return question.options.length;
    case 'addAnother':
      return itemLimit(question) * question.questions.reduce((sum, inner) => sum + fieldsOf(inner), 0);
    default:
      return partsOf(question)?.length ?? 1;
  }
}

/** The most fields the form of a page with these questions can post. */
export function formFieldBudget(questions: readonly Question[]): number {
  return questions.reduce((sum, question) => sum + fieldsOf(question), FORM_OVERHEAD);
}

/** The most values a JSON body of the whole journey's answers can hold, with room for its own keys. */
export function jsonValueBudget(journey: Journey): number {
  let budget = 16;
  for (const page of journey.definition.pages) {
    if (page.type !== 'question') continue;
    // Each question's key and its value, and each item's object.
    budget += formFieldBudget(page.questions) + page.questions.length * 2;
    for (const question of page.questions) if (question.type === 'addAnother') budget += itemLimit(question);
  }
  return budget;
}

/** What a body breaks, if anything: `fields` too many, `key` a name too long, `depth` nested too deep. */
export type ShapeProblem = 'fields' | 'key' | 'depth';

/** Checks an `application/x-www-form-urlencoded` body without decoding it. */
export function checkFormShape(
  body: string,
  limits: { readonly maxFields: number; readonly maxKeyLength: number },
): ShapeProblem | undefined {
  let fields = 0;
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf('&', start);
    if (end === -1) end = body.length;
    if (end > start) {
      fields += 1;
      if (fields > limits.maxFields) return 'fields';
      const equals = body.indexOf('=', start);
      const keyEnd = equals === -1 || equals > end ? end : equals;
      // Encoded: `[` and `]` are three characters each, so the limit leaves room for them.
      if (keyEnd - start > limits.maxKeyLength) return 'key';
    }
    start = end + 1;
  }
  return undefined;
}

/**
 * Checks a JSON body's nesting, number of values and key lengths in one pass, so `JSON.parse` and the
 * schema never see a body a page could not have sent. A body that is not JSON passes here and fails to parse.
 */
export function checkJsonShape(
  body: string,
  limits: { readonly maxValues: number; readonly maxDepth: number; readonly maxKeyLength: number },
): ShapeProblem | undefined {
  let depth = 0;
  let values = 1;
  let stringStart = -1;
  let lastStringLength = 0;
  for (let index = 0; index < body.length; index += 1) {
    const char = body.charCodeAt(index);
    if (stringStart !== -1) {
      if (char === 0x5c) index += 1;
      else if (char === 0x22) {
        lastStringLength = index - stringStart - 1;
        stringStart = -1;
      }
      continue;
    }
    switch (char) {
      case 0x22:
        stringStart = index;
        break;
      case 0x7b:
      case 0x5b:
        depth += 1;
        if (depth > limits.maxDepth) return 'depth';
        break;
      case 0x7d:
      case 0x5d:
        depth -= 1;
        break;
      case 0x2c:
        values += 1;
        if (values > limits.maxValues) return 'fields';
        break;
      case 0x3a:
        if (lastStringLength > limits.maxKeyLength) return 'key';
        break;
    }
  }
  return undefined;
}
