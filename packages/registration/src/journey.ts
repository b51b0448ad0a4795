/**
 * `validateJourney`: a journey definition checked as a whole, every problem named with its path.
 */
import { ValidationError, type ErrorPath, type Issue } from '@civicbricks/core/errors';
import type { IsoDate } from '@civicbricks/core/working-days';
import { parseInput } from '@civicbricks/core/validation';
import * as z from 'zod/mini';
import { readToday, relativeTo } from './dates.js';
import { questionTypeOf } from './question-types/index.js';
import type { AnswerValue } from './questions.js';
import {
  ConditionSchema,
  JourneyDefinitionSchema,
  PREFILL_FIELDS_FOR,
  type Condition,
  type JourneyDefinition,
  type Page,
  type Question,
} from './schema.js';

const TERMINAL = new Set(['exit', 'checkAnswers', 'confirmation']);

/** The pages a page can lead to, whatever the answers. */
export function targetsOf(page: Page): string[] {
  if (page.type === 'question') return page.routes.map((route) => route.to);
  if (page.type === 'checkAnswers') return [page.next];
  return [];
}

function questionsIn(condition: Condition, path: ErrorPath, out: { id: string; path: ErrorPath; condition: Condition }[]): void {
  if ('all' in condition) condition.all.forEach((inner, i) => questionsIn(inner, [...path, 'all', i], out));
  else if ('any' in condition) condition.any.forEach((inner, i) => questionsIn(inner, [...path, 'any', i], out));
  else if ('not' in condition) questionsIn(condition.not, [...path, 'not'], out);
  else out.push({ id: condition.question, path, condition });
}

/**
 * Checks a journey definition: its JSON shape, then the graph.
 *
 * Problems reported (codes under `registration.journey.`): `duplicate_page`, `duplicate_question`,
 * `missing_page` (a route, `start` or `next` naming no page), `wrong_page_type`, `no_default_route`
 * (the last route has a condition, so a person could be stuck), `title_needed` (a page with several
 * questions), `unknown_question`, `condition_on_later_question` (a route tests a question that cannot
 * have been answered yet), `condition_type` (an operator that does not suit the question, or a
 * choice that is not an option), `prefill_type` (a profile field that does not suit the question),
 * `prefill_in_repeating_group`, `unreachable_page`, `no_way_out` (a page, or a cycle, from which no
 * check-answers, exit or confirmation page can be reached) and `no_check_answers`.
 *
 * @returns the definition, typed. @throws {ValidationError} listing every problem.
 */
export function validateJourney(definition: unknown): JourneyDefinition {
  const journey = parseInput(JourneyDefinitionSchema, definition, {
    codePrefix: 'registration.journey',
    what: 'journey definition',
  }) as JourneyDefinition;
  const issues: Issue[] = [];
  const add = (code: string, path: ErrorPath, message: string) => issues.push({ code: `registration.journey.${code}`, path, message });

  const pages = new Map<string, Page>();
  const pageIndex = new Map<string, number>();
  const questionPage = new Map<string, { page: string; question: Question }>();
  journey.pages.forEach((page, i) => {
    if (pages.has(page.id)) add('duplicate_page', ['pages', i, 'id'], `Page id "${page.id}" is used more than once`);
    pages.set(page.id, page);
    pageIndex.set(page.id, i);
    if (page.type !== 'question') return;
    if (page.questions.length > 1 && !page.title) {
      add(
        'title_needed',
        ['pages', i, 'title'],
        `Page "${page.id}" asks ${page.questions.length} questions, so it needs a title for its heading`,
      );
    }
    page.questions.forEach((question, j) => {
      if (questionPage.has(question.id)) {
        add('duplicate_question', ['pages', i, 'questions', j, 'id'], `Question id "${question.id}" is used more than once`);
      }
      questionPage.set(question.id, { page: page.id, question });
      if (question.prefill && !(PREFILL_FIELDS_FOR[question.type] ?? []).includes(question.prefill.from)) {
        add(
          'prefill_type',
          ['pages', i, 'questions', j, 'prefill', 'from'],
          `Question "${question.id}" (${question.type}) cannot be prefilled from the profile's ${question.prefill.from}`,
        );
      }
      if (question.type === 'addAnother') {
        question.questions.forEach((item, k) => {
          if (item.prefill) {
            add(
              'prefill_in_repeating_group',
              ['pages', i, 'questions', j, 'questions', k, 'prefill'],
              `Question "${item.id}" is asked for each item of "${question.id}", so it cannot be prefilled from a profile`,
            );
          }
        });
      }
    });
  });

  const missing = (target: string, path: ErrorPath) => {
    if (!pages.has(target)) add('missing_page', path, `There is no page "${target}"`);
  };
  missing(journey.start, ['start']);
  if (!journey.pages.some((page) => page.type === 'checkAnswers'))
    add('no_check_answers', ['pages'], 'The journey has no check-answers page');

  journey.pages.forEach((page, i) => {
    if (page.type === 'checkAnswers') {
      missing(page.next, ['pages', i, 'next']);
      const next = pages.get(page.next);
      if (next && next.type !== 'confirmation')
        add('wrong_page_type', ['pages', i, 'next'], `After check your answers comes a confirmation page, not "${page.next}"`);
    }
    if (page.type !== 'question') return;
    page.routes.forEach((route, r) => missing(route.to, ['pages', i, 'routes', r, 'to']));
    const last = page.routes.length - 1;
    if (page.routes[last]?.when) {
      add(
        'no_default_route',
        ['pages', i, 'routes', last],
        `The last route of page "${page.id}" must have no condition, so a person is never stuck`,
      );
    }
  });

  // Reachability, forwards from the start and backwards from the end pages.
  const reachable = reach([journey.start], (id) => {
    const page = pages.get(id);
    return page ? targetsOf(page) : [];
  });
  const leadsIn = new Map<string, string[]>();
  for (const page of journey.pages) for (const target of targetsOf(page)) leadsIn.set(target, [...(leadsIn.get(target) ?? []), page.id]);
  const canFinish = reach(
    journey.pages.filter((page) => TERMINAL.has(page.type)).map((page) => page.id),
    (id) => leadsIn.get(id) ?? [],
  );
  journey.pages.forEach((page, i) => {
    if (!reachable.has(page.id)) add('unreachable_page', ['pages', i], `No route leads to page "${page.id}" from the start`);
    else if (!canFinish.has(page.id)) {
      add(
        'no_way_out',
        ['pages', i],
        `From page "${page.id}" no route leads to check your answers or an exit page: it is a dead end or a loop`,
      );
    }
  });

  // A route may only test questions asked on its own page or on a page that can come before it.
  journey.pages.forEach((page, i) => {
    if (page.type !== 'question') return;
    const before = reach([page.id], (id) => leadsIn.get(id) ?? []);
    page.routes.forEach((route, r) => {
      if (!route.when) return;
      const tested: { id: string; path: ErrorPath; condition: Condition }[] = [];
      questionsIn(route.when, ['pages', i, 'routes', r, 'when'], tested);
      for (const { id, path, condition } of tested) {
        const found = questionPage.get(id);
        if (!found) {
          add('unknown_question', [...path, 'question'], `There is no question "${id}"`);
          continue;
        }
        if (!before.has(found.page)) {
          add(
            'condition_on_later_question',
            [...path, 'question'],
            `Page "${page.id}" tests "${id}", which is only asked later (on page "${found.page}")`,
          );
        }
        checkConditionType(condition, found.question, path, add);
      }
    });
  });

  if (issues.length > 0) throw ValidationError.fromIssues(issues);
  return journey;
}

function checkConditionType(
  condition: Condition,
  question: Question,
  path: ErrorPath,
  add: (code: string, path: ErrorPath, message: string) => void,
): void {
  if ('all' in condition || 'any' in condition || 'not' in condition) return;
  const op = condition.op;
  if (op !== 'answered' && op !== 'notAnswered' && !(questionTypeOf(question).comparedBy ?? []).includes(op)) {
    add('condition_type', [...path, 'op'], `"${condition.op}" cannot test "${question.id}", a ${question.type} question`);
    return;
  }
  if ((condition.op === 'equals' || condition.op === 'oneOf' || condition.op === 'contains') && 'options' in question) {
    const values = Array.isArray(condition.value) ? condition.value : [condition.value];
    for (const value of values) {
      if (!question.options.some((option) => option.value === value)) {
        add('condition_type', [...path, 'value'], `"${String(value)}" is not an option of "${question.id}"`);
      }
    }
  }
  if ((condition.op === 'equals' || condition.op === 'oneOf') && question.type === 'yesNo') {
    const values = Array.isArray(condition.value) ? condition.value : [condition.value];
    if (!values.every((value) => typeof value === 'boolean')) add('condition_type', [...path, 'value'], `A yes/no answer is true or false`);
  }
}

function reach(from: readonly string[], next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>(from);
  const queue = [...from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const target of next(id)) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

/** The unchecked evaluator the engine uses on conditions validateJourney has checked. */
export function holds(condition: Condition, answers: { readonly [id: string]: AnswerValue | undefined }, today: IsoDate): boolean {
  if ('all' in condition) return condition.all.every((inner) => holds(inner, answers, today));
  if ('any' in condition) return condition.any.some((inner) => holds(inner, answers, today));
  if ('not' in condition) return !holds(condition.not, answers, today);
  const answer = Object.hasOwn(answers, condition.question) ? answers[condition.question] : undefined;
  const answered = answer !== undefined && answer !== null;
  switch (condition.op) {
    case 'answered':
      return answered;
    case 'notAnswered':
      return !answered;
    case 'equals':
      return answer === condition.value;
    case 'oneOf':
      return condition.value.some((value) => value === answer);
    case 'contains':
      return Array.isArray(answer) && answer.includes(condition.value);
    case 'gt':
      return typeof answer === 'number' && answer > condition.value;
    case 'gte':
      return typeof answer === 'number' && answer >= condition.value;
    case 'lt':
      return typeof answer === 'number' && answer < condition.value;
    case 'lte':
      return typeof answer === 'number' && answer <= condition.value;
    default: {
      if (typeof answer !== 'string') return false;
      const limit = relativeTo(condition.value, today);
      if (condition.op === 'before') return answer < limit;
      if (condition.op === 'onOrBefore') return answer <= limit;
      if (condition.op === 'after') return answer > limit;
      return answer >= limit;
    }
  }
}

/** Page index lookups shared by the engine. */
export function pageMap(journey: JourneyDefinition): Map<string, Page> {
  return new Map(journey.pages.map((page) => [page.id, page]));
}

/**
 * Whether a condition holds for the answers so far (a question with no answer matches only
 * `notAnswered`). `today` (default: today in Europe/London) anchors relative dates.
 */
export function evaluateCondition(
  condition: Condition,
  answers: { readonly [id: string]: AnswerValue },
  options?: { readonly today?: string | Date },
): boolean {
  const checked = parseInput(ConditionSchema, condition, { path: ['condition'], codePrefix: 'registration.condition', what: 'condition' });
  const values = parseInput(z.record(z.string(), z.unknown()), answers, {
    path: ['answers'],
    codePrefix: 'registration.answers',
    what: 'answers',
  });
  const opts = parseInput(z.optional(z.strictObject({ today: z.optional(z.union([z.string(), z.date()])) })), options, {
    path: ['options'],
    codePrefix: 'registration.options',
  });
  return holds(checked, values as { [id: string]: AnswerValue }, readToday(opts?.today, ['options', 'today']));
}
