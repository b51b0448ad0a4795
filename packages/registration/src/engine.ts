/**
 * The headless journey engine: pure functions of a journey and the answers so far.
 *
 * Answers are a plain JSON object keyed by question id (values from `validateAnswer`), so they
 * can be saved, resumed, prefilled and submitted as they are. Nothing here keeps state.
 */
import { NotFoundError, ValidationError } from '@civicbricks/core/errors';
import type { Locale } from '@civicbricks/core/i18n';
import type { IsoDate } from '@civicbricks/core/working-days';
import { parseInput } from '@civicbricks/core/validation';
import * as z from 'zod/mini';
import { readToday } from './dates.js';
import { holds, validateJourney } from './journey.js';
import { questionTypeOf } from './question-types/index.js';
import { checkCheckedAnswer, localText, type AnswerError, type AnswerValue } from './questions.js';
import type { JourneyDefinition, Page, Question, QuestionPage } from './schema.js';
import { isPlainReadOptions, isPlainRecord } from './validators/plain.js';
import { describeType } from './validators/shared.js';

/** The `returnTo` value that sends a person back to check your answers after a change. */
export const RETURN_TO_CHECK_ANSWERS = 'check-answers';

/**
 * The key under which answers list the question ids whose answers were prefilled from a profile and
 * not yet confirmed by the person. Question ids start with a letter, so it never clashes with one.
 */
export const PREFILLED_KEY = '$prefilled';

/** Answers so far, keyed by question id (and {@link PREFILLED_KEY} while prefilled answers await confirmation). */
export type Answers = { readonly [questionId: string]: AnswerValue };

/** A checked journey, ready for the engine; make one with {@link createJourney}. */
export interface Journey {
  readonly definition: JourneyDefinition;
  readonly pages: ReadonlyMap<string, Page>;
}

export interface EngineOptions {
  /** Today's date for relative-date conditions; defaults to today in Europe/London. */
  readonly today?: string | Date;
}

/** Where a person stands: the pages on their path, the page they are on, and whether they can submit. */
export interface JourneyPath {
  /** Every page on the path from the start up to and including `current`, in order. */
  readonly pages: readonly string[];
  /** The first page still to answer, or the exit, check-answers or confirmation page reached. */
  readonly current: string;
  readonly status: 'in-progress' | 'exit' | 'ready-to-submit';
}

const journeys = new WeakSet<object>();

/** Checks a definition with `validateJourney` and prepares it for the engine. */
export function createJourney(definition: unknown): Journey {
  const checked = validateJourney(definition);
  const journey: Journey = Object.freeze({ definition: checked, pages: new Map(checked.pages.map((page) => [page.id, page])) });
  journeys.add(journey);
  return journey;
}

/** Answers and the engine's options (exported for the tests that hold the fast checks to them). */
export const AnswersSchema = z.record(z.string(), z.unknown());
export const EngineOptionsSchema = z.optional(z.strictObject({ today: z.optional(z.union([z.string(), z.date()])) }));

/** A journey made by {@link createJourney}, or a typed error (for the package's own modules). */
export function readJourneyArg(journey: unknown): Journey {
  if (typeof journey !== 'object' || journey === null || !journeys.has(journey)) {
    throw new ValidationError('registration.invalid_journey', `Expected a journey made by createJourney(), not ${describeType(journey)}`, {
      path: ['journey'],
    });
  }
  return journey as Journey;
}

function readArgs(journey: unknown, answers: unknown, options: unknown) {
  const j = readJourneyArg(journey);
  const a = isPlainRecord(answers)
    ? (answers as Answers)
    : (parseInput(AnswersSchema, answers, { path: ['answers'], codePrefix: 'registration.answers', what: 'answers' }) as Answers);
  const o = isPlainReadOptions(options, false)
    ? (options as EngineOptions | undefined)
    : parseInput(EngineOptionsSchema, options, { path: ['options'], codePrefix: 'registration.options', what: 'options' });
  return { journey: j, answers: a, today: readToday(o?.today, ['options', 'today']) };
}

function pageOf(journey: Journey, pageId: unknown): Page {
  const page = typeof pageId === 'string' ? journey.pages.get(pageId) : undefined;
  if (!page)
    throw new NotFoundError('registration.unknown_page', `This journey has no page ${JSON.stringify(String(pageId))}`, {
      path: ['pageId'],
    });
  return page;
}

/** Question ids whose prefilled answers the person has not yet confirmed. */
function unconfirmed(answers: Answers): ReadonlySet<string> {
  const list = Object.hasOwn(answers, PREFILLED_KEY) ? answers[PREFILLED_KEY] : undefined;
  if (list === undefined) return new Set();
  if (!Array.isArray(list) || !list.every((id) => typeof id === 'string')) {
    throw new ValidationError('registration.answers.invalid_prefilled', `\`answers.${PREFILLED_KEY}\` must be a list of question ids`, {
      path: ['answers', PREFILLED_KEY],
    });
  }
  return new Set(list);
}

/** A page counts as answered when every question has an answer the person gave or confirmed. */
function isAnswered(page: QuestionPage, answers: Answers, acceptPrefilled = false): boolean {
  const pending = acceptPrefilled ? new Set<string>() : unconfirmed(answers);
  return page.questions.every(
    (question) => Object.hasOwn(answers, question.id) && answers[question.id] !== undefined && !pending.has(question.id),
  );
}

function route(page: QuestionPage, answers: Answers, today: IsoDate): string {
  for (const candidate of page.routes) if (!candidate.when || holds(candidate.when, answers, today)) return candidate.to;
  // validateJourney makes the last route unconditional.
  throw new Error(`Page ${page.id} has no default route`);
}

function walk(journey: Journey, answers: Answers, today: IsoDate, acceptPrefilled = false): JourneyPath {
  const pages: string[] = [];
  let id = journey.definition.start;
  for (;;) {
    if (pages.includes(id)) {
      throw new ValidationError('registration.journey.loop', `With these answers the routes lead back to page "${id}"`, {
        path: ['answers'],
      });
    }
    pages.push(id);
    const page = journey.pages.get(id) as Page;
    if (page.type === 'exit') return { pages, current: id, status: 'exit' };
    if (page.type !== 'question') return { pages, current: id, status: 'ready-to-submit' };
    if (!isAnswered(page, answers, acceptPrefilled)) return { pages, current: id, status: 'in-progress' };
    id = route(page, answers, today);
  }
}

/** The pages on the path for these answers, the page to show now, and whether the answers can be sent. */
export function journeyPath(journey: Journey, answers: Answers, options?: EngineOptions): JourneyPath {
  const args = readArgs(journey, answers, options);
  return walk(args.journey, args.answers, args.today);
}

/** The page after `pageId` for these answers (its routes, in order); `undefined` after an exit or confirmation page. */
export function nextPage(journey: Journey, pageId: string, answers: Answers, options?: EngineOptions): string | undefined {
  const args = readArgs(journey, answers, options);
  const page = pageOf(args.journey, pageId);
  if (page.type === 'question') return route(page, args.answers, args.today);
  return page.type === 'checkAnswers' ? page.next : undefined;
}

/** True when every page on the path is answered and it ends at check your answers. */
export function isComplete(journey: Journey, answers: Answers, options?: EngineOptions): boolean {
  return journeyPath(journey, answers, options).status === 'ready-to-submit';
}

/** True when a person may see this page now (it is on their path), so a typed URL cannot skip questions. */
export function isPageOnPath(journey: Journey, pageId: string, answers: Answers, options?: EngineOptions): boolean {
  const path = journeyPath(journey, answers, options);
  pageOf(journey, pageId);
  return path.pages.includes(pageId);
}

/** Only the answers to questions on the current path: answers left behind by a changed route are dropped. */
export function answersOnPath(journey: Journey, answers: Answers, options?: EngineOptions): Answers {
  const args = readArgs(journey, answers, options);
  const { pages } = walk(args.journey, args.answers, args.today);
  const out: Record<string, AnswerValue> = {};
  for (const id of pages) {
    const page = args.journey.pages.get(id);
    if (page?.type !== 'question') continue;
    for (const question of page.questions)
      if (Object.hasOwn(args.answers, question.id)) out[question.id] = args.answers[question.id] as AnswerValue;
  }
  return out;
}

/**
 * The journey cannot be sent yet. `missingPages` lists the question pages still to answer, in order,
 * following each route as the answers so far decide it (a page whose answer is missing takes the
 * route its conditions give without it, usually the last); it is empty when the answers lead to an exit page.
 */
export class IncompleteJourneyError extends ValidationError {
  readonly missingPages: readonly string[];
  constructor(message: string, missingPages: readonly string[]) {
    super('registration.journey.incomplete', message, {
      path: ['answers'],
      issues:
        missingPages.length > 0
          ? missingPages.map((id) => ({
              code: 'registration.journey.incomplete',
              path: ['answers'],
              message: `Page "${id}" has not been answered`,
            }))
          : undefined,
    });
    this.missingPages = Object.freeze([...missingPages]);
  }
}

/**
 * The question pages still to answer before check your answers, in order (see {@link IncompleteJourneyError}).
 * Empty when the journey is ready to submit or the answers lead to an exit page.
 */
export function missingPages(journey: Journey, answers: Answers, options?: EngineOptions): string[] {
  const args = readArgs(journey, answers, options);
  const missing: string[] = [];
  const seen = new Set<string>();
  for (let id: string | undefined = args.journey.definition.start; id !== undefined && !seen.has(id);) {
    seen.add(id);
    const page = args.journey.pages.get(id);
    if (page?.type !== 'question') break;
    if (!isAnswered(page, args.answers)) missing.push(id);
    id = route(page, args.answers, args.today);
  }
  const path = walk(args.journey, args.answers, args.today);
  return path.status === 'exit' ? [] : missing;
}

function incomplete(journey: Journey, answers: Answers, options: EngineOptions | undefined, path: JourneyPath): IncompleteJourneyError {
  if (path.status === 'exit') {
    return new IncompleteJourneyError(`These answers lead to the exit page "${path.current}", so there is nothing to send`, []);
  }
  const missing = missingPages(journey, answers, options);
  return new IncompleteJourneyError(
    `The journey is not finished: ${missing.length === 1 ? 'page' : 'pages'} ${missing.map((id) => `"${id}"`).join(', ')} still to answer`,
    missing,
  );
}

/**
 * The questions on the path so far (taking prefilled answers as given) whose answers were prefilled from
 * a profile and still wait for the person to confirm or change them, in the order they are asked. The page of the first is where
 * `journeyPath` stops: it shows the proposed answer for the person to confirm.
 */
export function unconfirmedPrefill(journey: Journey, answers: Answers, options?: EngineOptions): string[] {
  const args = readArgs(journey, answers, options);
  const pending = unconfirmed(args.answers);
  if (pending.size === 0) return [];
  const { pages } = walk(args.journey, args.answers, args.today, true);
  const out: string[] = [];
  for (const id of pages) {
    const page = args.journey.pages.get(id);
    if (page?.type === 'question') for (const question of page.questions) if (pending.has(question.id)) out.push(question.id);
  }
  return out;
}

/**
 * What to send: the answers on the path, with the journey id and version.
 *
 * @throws {ValidationError} `registration.prefill.unconfirmed` while prefilled answers on the path are
 *   unconfirmed (nothing from a profile is ever sent without the person seeing it), and
 *   `registration.journey.incomplete` before the path reaches check your answers.
 */
export function answersToSubmit(
  journey: Journey,
  answers: Answers,
  options?: EngineOptions,
): { journeyId: string; version: number; answers: Answers } {
  const pending = unconfirmedPrefill(journey, answers, options);
  if (pending.length > 0) {
    throw new ValidationError(
      'registration.prefill.unconfirmed',
      `The person has not confirmed the answers filled in from their profile: ${pending.map((id) => `"${id}"`).join(', ')}`,
      { path: ['answers', PREFILLED_KEY] },
    );
  }
  const path = journeyPath(journey, answers, options);
  if (path.status !== 'ready-to-submit') {
    throw incomplete(journey, answers, options, path);
  }
  return { journeyId: journey.definition.id, version: journey.definition.version, answers: answersOnPath(journey, answers, options) };
}

export interface AnswerPageOptions extends EngineOptions {
  readonly locale?: Locale;
  /** `"check-answers"` when the person came from a change link. */
  readonly returnTo?: string;
}

export type AnswerPageResult =
  | { readonly ok: true; readonly answers: Answers; readonly next: string; readonly returnTo?: typeof RETURN_TO_CHECK_ANSWERS }
  | { readonly ok: false; readonly errors: readonly AnswerError[] };

/**
 * Validates what was posted for one page (`{ questionId: rawInput }`), stores the answers and says where to go.
 *
 * Without `returnTo` the next page is the page's route. With `returnTo: "check-answers"` the person
 * goes back to check your answers if the path is complete; if the change opened new questions,
 * they go to the first of them and keep `returnTo`, so they come back once those are answered.
 * Error paths start with the question id: `['dob', 'month']`.
 */
export function answerPage(
  journey: Journey,
  answers: Answers,
  pageId: string,
  posted: unknown,
  options?: AnswerPageOptions,
): AnswerPageResult {
  const { locale, returnTo, ...rest } = options ?? {};
  const args = readArgs(journey, answers, rest);
  const page = pageOf(args.journey, pageId);
  if (page.type !== 'question')
    throw new ValidationError('registration.not_a_question_page', `Page "${pageId}" asks no questions`, { path: ['pageId'] });
  const input = isPlainRecord(posted)
    ? posted
    : parseInput(AnswersSchema, posted, { path: ['posted'], codePrefix: 'registration.posted', what: 'posted answers' });
  if (locale !== undefined && locale !== 'en' && locale !== 'cy')
    throw new ValidationError('registration.invalid_options', 'locale must be "en" or "cy"', { path: ['options', 'locale'] });
  const errors: AnswerError[] = [];
  const updated: Record<string, AnswerValue> = { ...args.answers };
  for (const question of page.questions) {
    const result = checkCheckedAnswer(question, input[question.id], locale ?? 'en', args.today);
    if (result.ok) updated[question.id] = result.value;
    else for (const error of result.errors) errors.push({ ...error, path: [question.id, ...error.path] });
  }
  if (errors.length > 0) return { ok: false, errors };
  // Posting the page is the person confirming or changing what was prefilled on it.
  const left = [...unconfirmed(updated)].filter((id) => !page.questions.some((question) => question.id === id));
  const { [PREFILLED_KEY]: _confirmed, ...others } = updated;
  const next: Answers = left.length > 0 ? { ...others, [PREFILLED_KEY]: left } : others;
  return afterAnswer(args.journey, page, next, args.today, returnTo);
}

function afterAnswer(
  journey: Journey,
  page: QuestionPage,
  updated: Answers,
  today: IsoDate,
  returnTo: string | undefined,
): AnswerPageResult {
  const path = walk(journey, updated, today);
  if (returnTo === RETURN_TO_CHECK_ANSWERS) {
    return path.status === 'in-progress'
      ? { ok: true, answers: updated, next: path.current, returnTo: RETURN_TO_CHECK_ANSWERS }
      : { ok: true, answers: updated, next: path.current };
  }
  return { ok: true, answers: updated, next: route(page, updated, today) };
}

export interface CheckAnswersRow {
  readonly pageId: string;
  readonly questionId: string;
  readonly key: string;
  /** The answer as text; lines of an address are separated by `\n`. */
  readonly value: string;
  /** Where "Change" goes: the page, with `?returnTo=check-answers`. */
  readonly changeHref: string;
}

export interface CheckAnswersOptions extends EngineOptions {
  readonly locale?: Locale;
  /** Builds the change link for a page; default `${pageId}?returnTo=check-answers` (relative to the journey's base URL). */
  readonly changeHref?: (pageId: string) => string;
}

/**
 * The rows of check your answers: exactly the questions on the pages of the current path, in
 * order, each with a change link that returns here after the change.
 *
 * @throws {ValidationError} `registration.journey.incomplete` when the path does not reach check your answers yet.
 */
export function checkYourAnswers(
  journey: Journey,
  answers: Answers,
  options?: CheckAnswersOptions,
): { readonly pageId: string; readonly rows: readonly CheckAnswersRow[] } {
  const { locale = 'en', changeHref, ...rest } = options ?? {};
  if (changeHref !== undefined && typeof changeHref !== 'function') {
    throw new ValidationError('registration.invalid_options', '`changeHref` must be a function of the page id', {
      path: ['options', 'changeHref'],
    });
  }
  if (locale !== 'en' && locale !== 'cy')
    throw new ValidationError('registration.invalid_options', 'locale must be "en" or "cy"', { path: ['options', 'locale'] });
  const path = journeyPath(journey, answers, rest);
  if (path.status !== 'ready-to-submit') {
    throw incomplete(journey, answers, rest, path);
  }
  const href = changeHref ?? ((pageId: string) => `${encodeURIComponent(pageId)}?returnTo=${RETURN_TO_CHECK_ANSWERS}`);
  const rows: CheckAnswersRow[] = [];
  for (const id of path.pages) {
    const page = journey.pages.get(id);
    if (page?.type !== 'question') continue;
    for (const question of page.questions) {
      rows.push({
        pageId: id,
        questionId: question.id,
        key: localText(question.label, locale),
        value: displayAnswer(question, answers[question.id] ?? null, locale),
        changeHref: href(id),
      });
    }
  }
  return { pageId: path.current, rows };
}

/** An answer as a person reads it on check your answers, in its type's own words. */
function displayAnswer(question: Question, value: AnswerValue, locale: Locale): string {
  if (value === null) return '';
  // Stored answers are what the type's own reading returned, so its display takes them as they are.
  return questionTypeOf(question).display(question, value as never, locale);
}
