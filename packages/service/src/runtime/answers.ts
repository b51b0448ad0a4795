/** Submitted answers as people read them: each question's label and its answer as check your answers shows it. */
import type { Locale } from '@civicbricks/core/i18n';
import { checkYourAnswers, type Answers } from '@civicbricks/registration';
import { questionsOf, type ServiceJourney } from '../manifest/load.js';
import { localText } from './layout.js';

export interface ShownAnswer {
  readonly questionId: string;
  readonly label: string;
  readonly value: string;
}

/** Every question of the journey, in order, with its answer ("" where it was not asked or left empty). */
export function shownAnswers(entry: ServiceJourney, answers: Answers, locale: Locale): ShownAnswer[] {
  const values = new Map<string, string>();
  try {
    for (const row of checkYourAnswers(entry.journey, answers, { locale }).rows) values.set(row.questionId, row.value);
  } catch {
    // The journey's rules have moved on since (a date rule, a new question): show what was stored, as text.
    for (const [id, answer] of Object.entries(answers)) if (answer !== null && answer !== undefined) values.set(id, textOf(answer));
  }
  return [...questionsOf(entry.journey).values()].map((question) => ({
    questionId: question.id,
    label: localText(question.label, locale),
    value: values.get(question.id) ?? '',
  }));
}

function textOf(answer: unknown): string {
  if (typeof answer === 'string' || typeof answer === 'number' || typeof answer === 'boolean') return String(answer);
  return JSON.stringify(answer);
}
