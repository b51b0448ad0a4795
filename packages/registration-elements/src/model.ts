/**
 * A journey page as data: which GOV.UK components it is made of and with which options. One model,
 * two renderers: the server turns it into HTML with the elements' render functions and
 * `<civic-journey>` turns it into elements, so the page is the same with JavaScript on and off.
 */
import type { Locale } from '@civicbricks/core/i18n';
import { NotFoundError, ValidationError } from '@civicbricks/core/errors';
import type { ButtonOptions, ErrorSummaryItem, SummaryListRow } from '@civicbricks/elements';
import {
  checkYourAnswers,
  journeyPath,
  localText,
  PREFILLED_KEY,
  questionMessages,
  type AnswerError,
  type Answers,
  type Journey,
  type Page,
  type Question,
} from '@civicbricks/registration';
import { createTranslator, type Translator } from '@civicbricks/core/i18n';
import { ACTION_FIELD, fieldId, fieldName, type Path, type RawInput } from './form.js';
import { journeyMessages, type JourneyMessageKey } from './messages.js';
import { fieldWithControls, type Build, type FieldModel } from './question-types/base.js';
import { controlsOf } from './question-types/index.js';

export type { FieldModel, GroupModel } from './question-types/base.js';

export interface QuestionPageModel {
  readonly kind: 'question';
  readonly pageId: string;
  /** The `<title>`, without the "Error: " prefix or the service name. */
  readonly title: string;
  /** The page's `h1` when it groups questions; a single question's label or legend is the heading instead. */
  readonly heading?: string;
  /** Shown above the questions when some answers were filled in from the person's profile. */
  readonly notice?: string;
  readonly errors: readonly ErrorSummaryItem[];
  readonly fields: readonly FieldModel[];
  /** A hidden first "Continue", so Enter in a field continues rather than pressing "Remove" or "Add another". */
  readonly defaultContinue: boolean;
  readonly continueButton: ButtonOptions;
  readonly saveButton?: ButtonOptions;
}

export interface CheckAnswersPageModel {
  readonly kind: 'checkAnswers';
  readonly pageId: string;
  readonly title: string;
  readonly rows: readonly SummaryListRow[];
  readonly sendHeading: string;
  readonly declaration: string;
  readonly errors: readonly ErrorSummaryItem[];
  readonly sendButton: ButtonOptions;
}

export interface MessagePageModel {
  readonly kind: 'exit' | 'confirmation';
  readonly pageId: string;
  readonly title: string;
  readonly body?: string;
  /** Confirmation only: the reference the submission was given. */
  readonly reference?: string;
  readonly referenceLabel?: string;
}

export type PageModel = QuestionPageModel | CheckAnswersPageModel | MessagePageModel;

export interface PageModelInput {
  readonly journey: Journey;
  readonly pageId: string;
  readonly answers: Answers;
  readonly locale: Locale;
  /** What each question's controls show: posted input after a failed submit, or `inputsFromAnswers`. */
  readonly inputs?: { readonly [questionId: string]: RawInput };
  readonly errors?: readonly AnswerError[];
  /** Builds a check-your-answers change link for a page. */
  readonly changeHref: (pageId: string) => string;
  /** The confirmation page's reference. */
  readonly reference?: string;
  /** Offer "Save and come back later" on question pages. */
  readonly canSave?: boolean;
  /** Today's date for relative-date routes; today in Europe/London if absent. */
  readonly today?: string | Date;
}

type T = Translator<JourneyMessageKey>;

/** The model of one page of a journey. */
export function pageModel(input: PageModelInput): PageModel {
  if (typeof input !== 'object' || input === null || !(input.journey?.pages instanceof Map)) {
    throw new ValidationError('registration_elements.invalid_input', 'Give pageModel a journey made by createJourney()', {
      path: ['journey'],
    });
  }
  if (input.locale !== 'en' && input.locale !== 'cy') {
    throw new ValidationError('registration_elements.invalid_input', 'locale must be "en" or "cy"', { path: ['locale'] });
  }
  const page = input.journey.pages.get(input.pageId) as Page | undefined;
  if (!page)
    throw new NotFoundError('registration_elements.unknown_page', `This journey has no page ${JSON.stringify(String(input.pageId))}`, {
      path: ['pageId'],
    });
  const t = createTranslator(journeyMessages, input.locale);
  switch (page.type) {
    case 'question':
      return questionPage(page.id, page.title ? localText(page.title, input.locale) : undefined, page.questions, input, t);
    case 'checkAnswers': {
      const { rows } = checkYourAnswers(input.journey, input.answers, {
        locale: input.locale,
        changeHref: input.changeHref,
        ...(input.today ? { today: input.today } : {}),
      });
      return {
        kind: 'checkAnswers',
        pageId: page.id,
        title: page.title ? localText(page.title, input.locale) : t('checkAnswersTitle'),
        rows: rows.map((row) => ({
          key: { text: row.key },
          // Address lines and ticked answers come one per line; the summary list shows text, so they are listed with commas.
          value: { text: row.value.split('\n').join(', ') },
          actions: { items: [{ href: row.changeHref, text: t('change'), visuallyHiddenText: row.key.toLocaleLowerCase(input.locale) }] },
        })),
        sendHeading: t('checkAnswersSend'),
        declaration: t('checkAnswersDeclaration'),
        errors: (input.errors ?? []).map((error) => ({ text: error.message })),
        sendButton: { text: t('acceptAndSend'), type: 'submit', name: ACTION_FIELD, value: 'send', preventDoubleClick: true },
      };
    }
    case 'exit':
    case 'confirmation':
      return {
        kind: page.type,
        pageId: page.id,
        title: localText(page.title, input.locale),
        ...(page.body ? { body: localText(page.body, input.locale) } : {}),
        ...(page.type === 'confirmation' && input.reference
          ? { reference: input.reference, referenceLabel: t('confirmationReference') }
          : {}),
      };
  }
}

function questionPage(
  pageId: string,
  pageTitle: string | undefined,
  questions: readonly Question[],
  input: PageModelInput,
  t: T,
): QuestionPageModel {
  const errors = new Map<string, AnswerError>();
  for (const error of (input.errors ?? []).map((error) => onOwnField(error, questions))) {
    const name = fieldName(error.path);
    if (!errors.has(name)) errors.set(name, error);
  }
  const q = createTranslator(questionMessages, input.locale);
  const single = pageTitle === undefined && questions.length === 1;
  const build: Build = { locale: input.locale, t, yes: q('yesNo.yes'), no: q('yesNo.no'), errors, single };
  const fields = questions.map((question) => fieldFor(question, [question.id], input.inputs?.[question.id], build));
  const prefilled = input.answers[PREFILLED_KEY];
  const hasPrefill = Array.isArray(prefilled) && questions.some((question) => prefilled.includes(question.id));
  const firstQuestion = questions[0] as Question;
  return {
    kind: 'question',
    pageId,
    title: pageTitle ?? localText(firstQuestion.label, input.locale),
    ...(single ? {} : { heading: pageTitle ?? localText(firstQuestion.label, input.locale) }),
    ...(hasPrefill ? { notice: t('notPrefilledNotice') } : {}),
    errors: (input.errors ?? []).map((error) =>
      // A problem with the whole page (the answers could not be sent) has no field to link to.
      error.path.length === 0
        ? { text: error.message }
        : { text: error.message, href: `#${errorTarget(onOwnField(error, questions), questions)}` },
    ),
    fields,
    defaultContinue: questions.some((question) => question.type === 'addAnother'),
    continueButton: { text: t('continue'), type: 'submit', name: ACTION_FIELD, value: 'continue', preventDoubleClick: true },
    ...(input.canSave
      ? { saveButton: { text: t('saveForLater'), type: 'submit', variant: 'secondary', name: ACTION_FIELD, value: 'save' } }
      : {}),
  };
}

/**
 * An error the engine names on a part of a question (`['dob', 'month']`) that the question's type shows in one
 * control instead (a date input marks the box in `parts`) is moved to the question's own path by its module.
 */
function onOwnField(error: AnswerError, questions: readonly Question[]): AnswerError {
  if (error.path.length < 2) return error;
  const ownPath = error.path.slice(0, -1);
  const question = questions.find((candidate) => candidate.id === ownPath[0]);
  const owner = question && (ownPath.length === 1 ? question : innerQuestion(question, ownPath));
  return (owner && controlsOf(owner).errorOnPart?.(owner, ownPath, error)) ?? error;
}

/** The id an error summary link focuses: the part in error, a date's first wrong box, a list's first control. */
function errorTarget(error: AnswerError, questions: readonly Question[]): string {
  const path = error.path;
  const question = questions.find((candidate) => candidate.id === path[0]);
  // An error on a whole question (or a whole item's question) goes to the control its type says; one on a part, to the part.
  const whole =
    path.length === 1 ? question : question?.type === 'addAnother' && path.length === 3 ? innerQuestion(question, path) : undefined;
  if (!whole) return fieldId(path);
  const controls = controlsOf(whole);
  return controls.errorTarget?.(whole, path, error) ?? firstControlId(whole, path);
}

function innerQuestion(question: Question, path: Path): Question | undefined {
  if (question.type !== 'addAnother') return question;
  return typeof path[2] === 'string' ? question.questions.find((candidate) => candidate.id === path[2]) : undefined;
}

function firstControlId(question: Question, path: Path): string {
  return controlsOf(question).firstControlId?.(question, path) ?? fieldId(path);
}

function fieldFor(question: Question, path: Path, raw: RawInput, build: Build): FieldModel {
  return fieldWithControls(controlsOf(question), question, path, raw, build);
}

/**
 * The page a page's back link leads to: check your answers when the person came from there to change an
 * answer, else the page before it on their path; none on the first page or the confirmation.
 */
export function previousPageId(
  journey: Journey,
  pageId: string,
  answers: Answers,
  options: { readonly returnTo?: string | undefined; readonly today?: string | Date } = {},
): string | undefined {
  if (journey.pages.get(pageId)?.type === 'confirmation') return undefined;
  if (options.returnTo) return journey.definition.pages.find((page) => page.type === 'checkAnswers')?.id;
  const path = journeyPath(journey, answers, options.today === undefined ? undefined : { today: options.today }).pages;
  const index = path.indexOf(pageId);
  return index > 0 ? path[index - 1] : undefined;
}
