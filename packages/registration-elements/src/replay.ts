/**
 * Checks finished answers from a browser as if each page had been posted again, in order along the
 * path: nothing a script sends is stored without passing the same validation as a posted form.
 */
import type { Locale } from '@civicbricks/core/i18n';
import { answerPage, journeyPath, type AnswerError, type Answers, type Journey } from '@civicbricks/registration';
import { inputsFromAnswers } from './form.js';

export type ReplayResult =
  { readonly ok: true; readonly answers: Answers } | { readonly ok: false; readonly errors: readonly AnswerError[] };

export function replayAnswers(
  journey: Journey,
  answers: Answers,
  options: {
    readonly locale: Locale;
    readonly today?: string | Date;
    /** `answered`: check only the pages answered so far (to save part of a journey); `complete` (the default) checks every page. */
    readonly upTo?: 'complete' | 'answered';
  },
): ReplayResult {
  const { pages } = journeyPath(journey, answers, options.today ? { today: options.today } : undefined);
  let checked: Answers = {};
  for (const pageId of pages) {
    const page = journey.pages.get(pageId);
    if (page?.type !== 'question') continue;
    if (options.upTo === 'answered' && !page.questions.every((question) => answers[question.id] !== undefined)) break;
    const result = answerPage(journey, checked, pageId, inputsFromAnswers(page.questions, answers), {
      locale: options.locale,
      ...(options.today ? { today: options.today } : {}),
    });
    if (!result.ok) return { ok: false, errors: result.errors };
    checked = result.answers;
  }
  return { ok: true, answers: checked };
}
