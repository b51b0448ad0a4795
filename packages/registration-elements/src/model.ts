/**
 * A journey page as data: which GOV.UK components it is made of and with which options. One model,
 * two renderers: the server turns it into HTML with the elements' render functions and
 * `<civic-journey>` turns it into elements, so the page is the same with JavaScript on and off.
 */
import type { Locale } from '@civicbricks/core/i18n';
import { NotFoundError, ValidationError } from '@civicbricks/core/errors';
import type {
  ButtonOptions,
  CharacterCountOptions,
  CheckboxesOptions,
  DateInputOptions,
  ErrorSummaryItem,
  RadiosOptions,
  SelectOptions,
  SummaryListRow,
  TextareaOptions,
  TextInputOptions,
} from '@civicbricks/elements';
import {
  checkYourAnswers,
  journeyPath,
  localText,
  PREFILLED_KEY,
  type AnswerError,
  type Answers,
  type ItemQuestion,
  type Journey,
  type Page,
  type Question,
} from '@civicbricks/registration';
import { createTranslator, type Translator } from '@civicbricks/core/i18n';
import { ACTION_FIELD, fieldId, fieldName, partsOf, type Path, type RawInput, type RawItem } from './form.js';
import { journeyMessages, type JourneyMessageKey } from './messages.js';
import { itemLimit, questionMessages } from '@civicbricks/registration';

/** One control of a question page, with the options of the element that renders it. */
export type FieldModel =
  | { readonly component: 'text-input'; readonly options: TextInputOptions }
  | { readonly component: 'textarea'; readonly options: TextareaOptions }
  | { readonly component: 'character-count'; readonly options: CharacterCountOptions }
  | { readonly component: 'radios'; readonly options: RadiosOptions }
  | { readonly component: 'checkboxes'; readonly options: CheckboxesOptions }
  | { readonly component: 'select'; readonly options: SelectOptions }
  | { readonly component: 'date-input'; readonly options: DateInputOptions }
  | GroupModel;

/** Several controls answering one question (a name in two parts, an address, one item of a list) in a fieldset. */
export interface GroupModel {
  readonly component: 'group';
  readonly id: string;
  readonly legend: string;
  readonly legendSize: 's' | 'm' | 'l';
  readonly isPageHeading: boolean;
  readonly hint?: string;
  readonly errorMessage?: string;
  readonly fields: readonly FieldModel[];
  /** Buttons at the end of the group: "Remove" on an item, "Add another" on a list. */
  readonly buttons: readonly ButtonOptions[];
}

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

interface Build {
  readonly locale: Locale;
  readonly t: T;
  readonly yes: string;
  readonly no: string;
  /** Errors by field name. */
  readonly errors: ReadonlyMap<string, AnswerError>;
  /** The page asks one question, so its label or legend is the `h1`. */
  readonly single: boolean;
}

function questionPage(
  pageId: string,
  pageTitle: string | undefined,
  questions: readonly Question[],
  input: PageModelInput,
  t: T,
): QuestionPageModel {
  const errors = new Map<string, AnswerError>();
  for (const error of (input.errors ?? []).map((error) => onDateField(error, questions))) {
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
        : { text: error.message, href: `#${errorTarget(onDateField(error, questions), questions)}` },
    ),
    fields,
    defaultContinue: questions.some((question) => question.type === 'addAnother'),
    continueButton: { text: t('continue'), type: 'submit', name: ACTION_FIELD, value: 'continue', preventDoubleClick: true },
    ...(input.canSave
      ? { saveButton: { text: t('saveForLater'), type: 'submit', variant: 'secondary', name: ACTION_FIELD, value: 'save' } }
      : {}),
  };
}

const DATE_PARTS: readonly string[] = ['day', 'month', 'year'];

/**
 * The engine names the box of a date in error at the end of the path (`['dob', 'month']`); the date input is one
 * field with the parts to mark, so the error moves to the date's own path with that part in `parts`.
 */
function onDateField(error: AnswerError, questions: readonly Question[]): AnswerError {
  const last = error.path[error.path.length - 1];
  if (typeof last !== 'string' || !DATE_PARTS.includes(last)) return error;
  const datePath = error.path.slice(0, -1);
  const question = questions.find((candidate) => candidate.id === datePath[0]);
  const date = question && (datePath.length === 1 ? question : innerQuestion(question, datePath));
  if (date?.type !== 'date') return error;
  return { ...error, path: datePath, parts: error.parts ?? [last as 'day' | 'month' | 'year'] };
}

/** The id an error summary link focuses: the part in error, a date's first wrong box, a list's first control. */
function errorTarget(error: AnswerError, questions: readonly Question[]): string {
  const path = error.path;
  const question = questions.find((candidate) => candidate.id === path[0]);
  if (!question) return fieldId(path);
  const inner = innerQuestion(question, path);
  if (inner?.type === 'date') return `${fieldId(path)}-${error.parts?.[0] ?? 'day'}`;
  if (inner && partsOf(inner) && path.length === (inner === question ? 1 : 3))
    return fieldId([...path, (partsOf(inner) as string[])[0] as string]);
  if (question.type === 'addAnother' && path.length === 1) {
    const firstInner = question.questions[0] as ItemQuestion;
    return firstControlId(firstInner, [question.id, 0, firstInner.id]);
  }
  return fieldId(path);
}

function innerQuestion(question: Question, path: Path): Question | undefined {
  if (question.type !== 'addAnother') return question;
  return typeof path[2] === 'string' ? question.questions.find((candidate) => candidate.id === path[2]) : undefined;
}

function firstControlId(question: Question, path: Path): string {
  if (question.type === 'date') return `${fieldId(path)}-day`;
  const parts = partsOf(question);
  return parts ? fieldId([...path, parts[0] as string]) : fieldId(path);
}

function text(raw: RawInput): string | undefined {
  return typeof raw === 'string' ? raw : undefined;
}

function part(raw: RawInput, key: string): RawInput {
  return raw !== undefined && typeof raw === 'object' && !Array.isArray(raw) ? (raw as RawItem)[key] : undefined;
}

function fieldFor(question: Question, path: Path, raw: RawInput, build: Build): FieldModel {
  const { locale } = build;
  const name = fieldName(path);
  const id = fieldId(path);
  const label = localText(question.label, locale);
  const hint = question.hint ? localText(question.hint, locale) : undefined;
  const error = build.errors.get(name);
  const heading = build.single && path.length === 1;
  const labelOptions = {
    text: label,
    ...(heading ? { isPageHeading: true, size: 'l' as const } : path.length > 1 ? { size: 's' as const } : { size: 'm' as const }),
  };
  const common = { ...(hint ? { hint } : {}), ...(error ? { errorMessage: error.message } : {}) };
  const value = text(raw);
  const input = (extra: Partial<TextInputOptions>): FieldModel => ({
    component: 'text-input',
    options: { id, name, label: labelOptions, ...common, ...(value !== undefined ? { value } : {}), ...forThisPerson(path, extra) },
  });
  switch (question.type) {
    case 'text':
      return input({});
    case 'longText':
      return question.maxLength
        ? {
            component: 'character-count',
            options: { id, name, label: labelOptions, ...common, ...(value !== undefined ? { value } : {}), maxlength: question.maxLength },
          }
        : { component: 'textarea', options: { id, name, label: labelOptions, ...common, ...(value !== undefined ? { value } : {}) } };
    case 'number':
      return input({ inputmode: question.decimal ? 'decimal' : 'numeric', spellcheck: false, width: '10' });
    case 'money':
      return input({ prefix: '£', inputmode: 'decimal', spellcheck: false, width: '10' });
    case 'email':
      return input({ type: 'email', autocomplete: 'email', spellcheck: false });
    case 'phone':
      return input({ type: 'tel', autocomplete: 'tel', width: '20' });
    case 'postcode':
      return input({ autocomplete: 'postal-code', width: '10', spellcheck: false });
    case 'nationalInsuranceNumber':
      return input({ width: '10', spellcheck: false });
    case 'nhsNumber':
      return input({ inputmode: 'numeric', width: '10', spellcheck: false });
    case 'name':
      if (question.parts !== 'firstAndLast') return input({ autocomplete: 'name', spellcheck: false });
      return group(path, label, hint, error, heading, [
        partInput(path, 'first', build.t('firstName'), part(raw, 'first'), build, { autocomplete: 'given-name', spellcheck: false }),
        partInput(path, 'last', build.t('lastName'), part(raw, 'last'), build, { autocomplete: 'family-name', spellcheck: false }),
      ]);
    case 'address':
      return group(
        path,
        label,
        hint,
        error,
        heading,
        addressParts(build.t).map(([key, partLabel, extra]) => partInput(path, key, partLabel, part(raw, key), build, extra)),
      );
    case 'date': {
      const values = raw !== undefined && typeof raw === 'object' && !Array.isArray(raw) ? (raw as RawItem) : {};
      return {
        component: 'date-input',
        options: {
          id,
          namePrefix: name,
          fieldset: { legend: labelOptions },
          values: { day: text(values.day) ?? '', month: text(values.month) ?? '', year: text(values.year) ?? '' },
          ...common,
          ...(error?.parts ? { errorItems: [...error.parts] } : {}),
          ...(question.prefill?.from === 'dateOfBirth' ? { dateOfBirth: true } : {}),
        },
      };
    }
    case 'yesNo':
    case 'radios': {
      const items =
        'options' in question
          ? choiceItems(question.options, locale)
          : [
              { value: 'yes', text: build.yes },
              { value: 'no', text: build.no },
            ];
      return {
        component: 'radios',
        options: {
          idPrefix: id,
          name,
          fieldset: { legend: labelOptions },
          // GOV.UK puts the two short answers of a yes/no question side by side.
          ...(question.type === 'yesNo' ? { inline: true } : {}),
          items,
          ...common,
          ...(value !== undefined ? { value } : {}),
        },
      };
    }
    case 'checkboxes': {
      const exclusive = question.options.findIndex((option) => option.exclusive);
      const items: CheckboxesOptions['items'][number][] = question.options.map((option) => ({
        value: option.value,
        text: localText(option.label, locale),
        ...(option.hint ? { hint: localText(option.hint, locale) } : {}),
        ...(option.exclusive ? { behaviour: 'exclusive' as const } : {}),
      }));
      // GOV.UK puts "or" above the "none" answer.
      if (exclusive > 0) items.splice(exclusive, 0, { divider: true });
      return {
        component: 'checkboxes',
        options: {
          idPrefix: id,
          name,
          fieldset: { legend: labelOptions },
          items,
          ...common,
          values: Array.isArray(raw) ? (raw as string[]) : [],
        },
      };
    }
    case 'select':
      return {
        component: 'select',
        options: {
          id,
          name,
          label: labelOptions,
          items: [
            { value: '', text: build.t('selectChoose') },
            ...question.options.map((option) => ({ value: option.value, text: localText(option.label, locale) })),
          ],
          ...common,
          ...(value !== undefined ? { value } : {}),
        },
      };
    case 'addAnother': {
      const items = Array.isArray(raw) ? (raw as readonly RawItem[]) : [];
      const slots = items.length >= itemLimit(question) ? items.length : items.length + 1;
      const itemGroups: FieldModel[] = [];
      for (let index = 0; index < slots; index += 1) {
        const item = items[index];
        itemGroups.push({
          component: 'group',
          id: fieldId([...path, index]),
          legend: build.t('itemLegend', { number: index + 1 }),
          legendSize: 's',
          isPageHeading: false,
          fields: question.questions.map((inner) => fieldFor(inner, [...path, index, inner.id], item?.[inner.id], build)),
          buttons: item
            ? [
                {
                  text: build.t('remove'),
                  type: 'submit',
                  variant: 'secondary',
                  name: ACTION_FIELD,
                  value: `remove:${question.id}:${index}`,
                },
              ]
            : [],
        });
      }
      // At the limit there is no empty item left to fill in, so nothing to add.
      const add: ButtonOptions[] =
        slots > items.length
          ? [{ text: build.t('addAnother'), type: 'submit', variant: 'secondary', name: ACTION_FIELD, value: `add:${question.id}` }]
          : [];
      return group(path, label, hint, error, heading, itemGroups, add);
    }
  }
}

function choiceItems(
  options: readonly { value: string; label: { en: string; cy?: string }; hint?: { en: string; cy?: string } }[],
  locale: Locale,
) {
  return options.map((option) => ({
    value: option.value,
    text: localText(option.label, locale),
    ...(option.hint ? { hint: localText(option.hint, locale) } : {}),
  }));
}

function group(
  path: Path,
  legend: string,
  hint: string | undefined,
  error: AnswerError | undefined,
  heading: boolean,
  fields: readonly FieldModel[],
  buttons: readonly ButtonOptions[] = [],
): GroupModel {
  return {
    component: 'group',
    id: fieldId(path),
    legend,
    legendSize: heading ? 'l' : path.length > 1 ? 's' : 'm',
    isPageHeading: heading,
    ...(hint ? { hint } : {}),
    // Errors on a part show beside the part; only an error on the whole question shows on the group.
    ...(error ? { errorMessage: error.message } : {}),
    fields,
    buttons,
  };
}

/**
 * `autocomplete` fills in the person's own details, so it is only for their own answers: inside an add-another
 * item the questions are about someone else (WCAG 1.3.5 asks for it only where the input is about the user).
 */
function forThisPerson(path: Path, extra: Partial<TextInputOptions>): Partial<TextInputOptions> {
  if (path.length === 1 || extra.autocomplete === undefined) return extra;
  const { autocomplete: _theirs, ...rest } = extra;
  return rest;
}

function partInput(path: Path, key: string, label: string, raw: RawInput, build: Build, extra: Partial<TextInputOptions>): FieldModel {
  const partPath = [...path, key];
  const error = build.errors.get(fieldName(partPath));
  const value = text(raw);
  return {
    component: 'text-input',
    options: {
      id: fieldId(partPath),
      name: fieldName(partPath),
      label: { text: label },
      ...(value !== undefined ? { value } : {}),
      ...(error ? { errorMessage: error.message } : {}),
      ...forThisPerson(path, extra),
    },
  };
}

function addressParts(t: T): [string, string, Partial<TextInputOptions>][] {
  return [
    ['line1', t('addressLine1'), { autocomplete: 'address-line1' }],
    ['line2', t('addressLine2'), { autocomplete: 'address-line2' }],
    ['town', t('addressTown'), { autocomplete: 'address-level2', width: 'two-thirds' }],
    ['county', t('addressCounty'), { width: 'two-thirds' }],
    ['postcode', t('addressPostcode'), { autocomplete: 'postal-code', width: '10', spellcheck: false }],
  ];
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
