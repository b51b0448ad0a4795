/**
 * What every question type's controls share: the shape of a type's module on the page side, the page model's
 * field types, and the builders of text inputs and of the fieldset that groups a question's parts.
 */
import type { Locale, Translator } from '@civicbricks/core/i18n';
import type {
  ButtonOptions,
  CharacterCountOptions,
  CheckboxesOptions,
  DateInputOptions,
  RadiosOptions,
  SelectOptions,
  TextareaOptions,
  TextInputOptions,
} from '@civicbricks/elements';
import { localText, type AnswerError, type AnswerValue, type Question } from '@civicbricks/registration';
import { fieldId, fieldName, first, type Path, type PostedFields, type RawInput, type RawItem } from '../fields.js';
import type { JourneyMessageKey } from '../messages.js';

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

/** What building a page's fields needs besides the question: the locale, its messages and the errors by field name. */
export interface Build {
  readonly locale: Locale;
  readonly t: Translator<JourneyMessageKey>;
  readonly yes: string;
  readonly no: string;
  /** Errors by field name. */
  readonly errors: ReadonlyMap<string, AnswerError>;
  /** The page asks one question, so its label or legend is the `h1`. */
  readonly single: boolean;
}

/** One question's controls, worked out once for the type's module. */
export interface FieldContext {
  readonly path: Path;
  readonly name: string;
  readonly id: string;
  readonly label: string;
  readonly hint: string | undefined;
  readonly error: AnswerError | undefined;
  /** The question's label or legend is the page's `h1`. */
  readonly heading: boolean;
  readonly labelOptions: { readonly text: string; readonly isPageHeading?: boolean; readonly size: 's' | 'm' | 'l' };
  /** The hint and the error message, as every element takes them. */
  readonly common: { readonly hint?: string; readonly errorMessage?: string };
  /** What the field shows as text, if it holds text. */
  readonly value: string | undefined;
  readonly raw: RawInput;
  readonly build: Build;
}

/**
 * Everything the page needs about one type of question, in one module: the names its controls post and how a
 * posted form reads back into raw input, a stored answer shown again as the person typed it, and the page model
 * of its controls. The type's schema and checking live in `@civicbricks/registration`'s module of the same name.
 */
export interface QuestionControls<Q extends Question> {
  /** The parts a grouped question posts (`address.town`), or `undefined` for one control. */
  parts?(question: Q): readonly string[] | undefined;
  /** The raw input a posted form holds for the question; one text field when the module says nothing. */
  read?(question: Q, path: Path, form: PostedFields, keepBlankItems: boolean): RawInput;
  /** A stored answer as the form shows it again; its text when the module says nothing. */
  input?(question: Q, value: Exclude<AnswerValue, null>): RawInput;
  /** The page model of the question's controls. */
  field(question: Q, context: FieldContext): FieldModel;
  /** The id of the question's first control, when it is not the question's own id. */
  firstControlId?(question: Q, path: Path): string;
  /**
   * An error the engine names on a part of the question (the last step of its path), as the page shows it:
   * `undefined` keeps it where it is, beside the part's own control.
   */
  errorOnPart?(question: Q, ownPath: Path, error: AnswerError): AnswerError | undefined;
  /** The id an error summary link on the whole question focuses, when it is not the first control. */
  errorTarget?(question: Q, path: Path, error: AnswerError): string;
}

/** One module for each question type, each typed by its own member of the question union. */
export type QuestionControlsRegistry<Q extends Question> = {
  readonly [K in Q['type']]: QuestionControls<Extract<Q, { readonly type: K }>>;
};

export function defineControls<Q extends Question>(controls: QuestionControls<Q>): QuestionControls<Q> {
  return Object.freeze(controls);
}

/** A text input for the question, with the element options its type adds. */
export function textInput(context: FieldContext, extra: Partial<TextInputOptions> = {}): FieldModel {
  const { id, name, labelOptions, common, value, path } = context;
  return {
    component: 'text-input',
    options: { id, name, label: labelOptions, ...common, ...(value !== undefined ? { value } : {}), ...forThisPerson(path, extra) },
  };
}

/** A posted form's values for each named part of a grouped question. */
export function readParts(parts: readonly string[], path: Path, form: PostedFields): RawItem {
  const name = fieldName(path);
  return Object.fromEntries(parts.map((part) => [part, first(form, `${name}.${part}`)]));
}

export function text(raw: RawInput): string | undefined {
  return typeof raw === 'string' ? raw : undefined;
}

export function part(raw: RawInput, key: string): RawInput {
  return raw !== undefined && typeof raw === 'object' && !Array.isArray(raw) ? (raw as RawItem)[key] : undefined;
}

/** Options of a radios, checkboxes or select question as the element lists them. */
export function choiceItems(
  options: readonly { value: string; label: { en: string; cy?: string }; hint?: { en: string; cy?: string } }[],
  locale: Locale,
) {
  return options.map((option) => ({
    value: option.value,
    text: localText(option.label, locale),
    ...(option.hint ? { hint: localText(option.hint, locale) } : {}),
  }));
}

/** The fieldset of a question answered in several controls. */
export function group(context: FieldContext, fields: readonly FieldModel[], buttons: readonly ButtonOptions[] = []): GroupModel {
  const { path, label, hint, error, heading } = context;
  return {
    component: 'group',
    id: fieldId(path),
    legend: label,
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

/** The text input of one part of a grouped question (`address.town`), with its own error. */
export function partInput(context: FieldContext, key: string, label: string, extra: Partial<TextInputOptions>): FieldModel {
  const partPath = [...context.path, key];
  const error = context.build.errors.get(fieldName(partPath));
  const value = text(part(context.raw, key));
  return {
    component: 'text-input',
    options: {
      id: fieldId(partPath),
      name: fieldName(partPath),
      label: { text: label },
      ...(value !== undefined ? { value } : {}),
      ...(error ? { errorMessage: error.message } : {}),
      ...forThisPerson(context.path, extra),
    },
  };
}

/** The raw input a posted form holds for a question, by its type's module. */
export function readWithControls<Q extends Question>(
  controls: QuestionControls<Q>,
  question: Q,
  path: Path,
  form: PostedFields,
  keepBlankItems: boolean,
): RawInput {
  return controls.read ? controls.read(question, path, form, keepBlankItems) : first(form, fieldName(path));
}

/** A stored answer in form shape, by its type's module. */
export function inputWithControls<Q extends Question>(
  controls: QuestionControls<Q>,
  question: Q,
  value: AnswerValue | undefined,
): RawInput {
  if (value === undefined || value === null) return undefined;
  return controls.input ? controls.input(question, value) : String(value);
}

/** The page model of a question's controls, by its type's module. */
export function fieldWithControls<Q extends Question>(
  controls: QuestionControls<Q>,
  question: Q,
  path: Path,
  raw: RawInput,
  build: Build,
): FieldModel {
  const label = localText(question.label, build.locale);
  const hint = question.hint ? localText(question.hint, build.locale) : undefined;
  const name = fieldName(path);
  const error = build.errors.get(name);
  const heading = build.single && path.length === 1;
  return controls.field(question, {
    path,
    name,
    id: fieldId(path),
    label,
    hint,
    error,
    heading,
    labelOptions: { text: label, ...(heading ? { isPageHeading: true, size: 'l' } : { size: path.length > 1 ? 's' : 'm' }) },
    common: { ...(hint ? { hint } : {}), ...(error ? { errorMessage: error.message } : {}) },
    value: text(raw),
    raw,
    build,
  });
}
