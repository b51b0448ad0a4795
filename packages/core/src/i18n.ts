/**
 * English and Welsh messages for every Civic Bricks package.
 *
 * Headless on purpose: no DOM, no global registry, no side effects at import,
 * so the same catalogue serves a Lit element in the browser, a validator in
 * Node and a notification worker.
 *
 * Decisions, and why:
 * - **Catalogues are checked when they are defined**, not when a string is first
 *   shown: a Welsh translation that is missing, lacks a plural form or drops
 *   `%{count}` fails at import (in tests and CI) instead of in front of a
 *   resident. Every problem is collected into one {@link ValidationError}.
 *   A package that ships many catalogues to browsers may instead declare them
 *   ({@link declareMessages}) and check every one in its own tests: the checks
 *   then cost nothing at import, and with {@link createTrustedTranslator} their
 *   code stays out of its browser bundles.
 * - **A plural message must give every form its locale's CLDR rules can select**:
 *   `one` and `other` in English; `zero one two few many other` in Welsh. A form
 *   the locale never selects (English `zero`) is refused, because it would be
 *   dead text that a translator believes is used.
 * - **Missing parameters do not throw.** A screen with `%{name}` showing is better
 *   than a blank page, and the visible placeholder is easy to spot in testing.
 *   Pass `onMissingParam` to log or fail tests. Wrong *types* (a parameter that is
 *   an object, a `count` that is a string, `NaN`) are programming errors and throw.
 * - **Interpolated values are plain text.** They are inserted once and never
 *   re-read, so a value containing `%{other}` or `$&` stays literal. Nothing is
 *   HTML-escaped: Lit templates escape text bindings; anything writing HTML by
 *   hand must escape the result itself.
 * - **Numbers are formatted for the locale** (`en-GB`, `cy-GB`), so `1000`
 *   becomes `1,000` as the GOV.UK style guide asks. Pass identifiers that merely
 *   look numeric (years, reference numbers) as strings.
 */
import { ValidationError, type ErrorPath, type Issue } from './errors.js';

/** The languages every Civic Bricks string ships in; English is the fallback. */
export type Locale = 'en' | 'cy';

/** Every supported locale, English first (the fallback), for iterating catalogues and building language switchers. */
export const LOCALES: readonly Locale[] = /* @__PURE__ */ Object.freeze(['en', 'cy'] as const);

/** The locale used when a `lang` attribute is missing, empty or names a language we do not ship. */
export const DEFAULT_LOCALE: Locale = 'en';

/** CLDR plural categories; which ones a locale uses comes from `Intl.PluralRules`, never from a hand-written list. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A message whose wording depends on a number, selected by the `count` parameter.
 * `other` is required by the type; the remaining forms a locale needs are checked
 * when the catalogue is defined (Welsh needs all six).
 */
export type PluralMessage = { readonly other: string } & { readonly [C in Exclude<PluralCategory, 'other'>]?: string };

/** One message: text with `%{name}` placeholders, or a plural message. */
export type Message = string | PluralMessage;

/** One locale's messages, keyed by flat dotted keys such as `characterCount.remaining`. */
export type Messages = { readonly [key: string]: Message };

/** A value for a placeholder. `undefined` and `null` count as missing, so optional properties can be passed straight through. */
export type ParamValue = string | number | null | undefined;

/** Values for the placeholders of one message; `count` also selects the plural form. */
export type Params = { readonly [name: string]: ParamValue };

/**
 * A validated, frozen pair of message maps. Only {@link defineMessages} makes
 * one, so holding a `Catalogue` means both languages were checked against
 * each other.
 */
export interface Catalogue<K extends string = string> {
  readonly en: { readonly [P in K]: Message };
  readonly cy: { readonly [P in K]: Message };
}

/** The message keys of a catalogue, for typing a component's `overrides` property. */
export type MessageKey<C> = C extends Catalogue<infer K> ? K : never;

/**
 * Per-instance replacements for a catalogue's messages, in the translator's
 * locale (a council renaming a button). `undefined` entries are ignored so an
 * unset element property can be passed as is.
 */
export type Overrides<K extends string = string> = { readonly [P in K]?: Message | undefined };

/** What {@link TranslatorOptions.onMissingParam} is told, so a log line can point at the message to fix. */
export interface MissingParam {
  /** The placeholder that had no value, without `%{` and `}`. */
  readonly name: string;
  /** The message key, when the text came from a catalogue. */
  readonly key: string | undefined;
  readonly locale: Locale;
}

/** Options for {@link createTranslator}. */
export interface TranslatorOptions {
  /**
   * Called once for each placeholder left unfilled (the text keeps `%{name}`).
   * Use it to log in production and to fail tests; it may throw.
   */
  readonly onMissingParam?: (missing: MissingParam) => void;
}

/** Options for {@link interpolate}. */
export interface InterpolateOptions extends TranslatorOptions {
  /** Locale for formatting numeric values; English when not given. */
  readonly locale?: Locale;
}

/**
 * Looks up a message and fills it in. Typed by the catalogue's keys, so a typo
 * in a key is a compile error; it also carries the locale it speaks, for
 * formatting numbers beside the text or setting `lang` on rendered output.
 */
export interface Translator<K extends string = string> {
  (key: K, params?: Params): string;
  readonly locale: Locale;
}

const PLACEHOLDER = /%\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
// `%{` that does not open a well-formed placeholder: `%{first name}`, `%{ count}`, `%{}`.
const MALFORMED = /%\{(?![A-Za-z_][A-Za-z0-9_]*\})/;
const CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const CATEGORY_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(CATEGORIES);
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', cy: 'Welsh' };

// Intl objects are costly to build and a page may translate hundreds of strings,
// so one of each is kept per locale, created on first use (nothing runs at import).
const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();
// Catalogues made by defineMessages in this copy of core; anything else is checked again.
const checked = new WeakSet<object>();
// Catalogues made by declareMessages: not checked when made, because their package's tests check every one.
const declared = new WeakSet<object>();

/**
 * Turns a `lang` attribute value into a locale we ship, so components can pass
 * `element.closest('[lang]')?.getAttribute('lang')` straight in. Only the
 * language subtag counts (`cy-GB`, `CY`, `cy_GB` are Welsh); anything else,
 * including `''` (language unknown) and non-strings, falls back to English.
 */
export function resolveLocale(lang: string | null | undefined): Locale {
  if (typeof lang !== 'string') return DEFAULT_LOCALE;
  const language = lang.trim().split(/[-_]/, 1)[0]?.toLowerCase();
  return language === 'cy' ? 'cy' : DEFAULT_LOCALE;
}

/**
 * The CLDR plural category of `count` in `locale`, exposed so callers that build
 * text themselves choose forms exactly as {@link createTranslator} does. In
 * Welsh 0, 1, 2, 3 and 6 each have their own form; everything else is `other`.
 */
export function pluralCategory(locale: Locale, count: number): PluralCategory {
  assertLocale(locale, ['locale']);
  assertFiniteNumber(count, ['count']);
  return rulesFor(locale).select(count);
}

/**
 * Formats a number the way the locale writes it (`1,234.5`), for numbers shown
 * beside translated text, so they match the numbers inside it.
 */
export function formatNumber(locale: Locale, n: number): string {
  assertLocale(locale, ['locale']);
  assertFiniteNumber(n, ['n']);
  return formatterFor(locale).format(n);
}

/**
 * Fills `%{name}` placeholders in one pass, for text that is not in a catalogue
 * (a council's own content). Values are inserted as plain text and never
 * re-read, so a value containing `%{x}` stays literal. A missing value leaves
 * its placeholder visible and is reported to `onMissingParam`; a malformed
 * `%{...` is left as written.
 */
export function interpolate(template: string, params?: Params, options: InterpolateOptions = {}): string {
  if (typeof template !== 'string') {
    throw new ValidationError('i18n.invalid_template', 'The template to interpolate must be a string', { path: ['template'] });
  }
  const locale = options.locale ?? DEFAULT_LOCALE;
  assertLocale(locale, ['options', 'locale']);
  assertParams(params);
  return fill(template, params, locale, undefined, options.onMissingParam);
}

/**
 * Defines an English and Welsh message catalogue and checks the two against each
 * other, so a translation gap is found when the module loads rather than by a
 * Welsh speaker. Keys are typed from the English messages.
 *
 * @throws {ValidationError} listing every problem, each with a path such as
 * `['cy', 'characterCount.remaining']`: a key missing from one language or
 * only in one, a plural message without a form its locale needs, a form the
 * locale never uses, placeholders that differ between the languages, a
 * malformed placeholder or an empty message.
 */
export function defineMessages<const E extends Messages>(catalogue: {
  readonly en: E;
  readonly cy: NoInfer<{ readonly [P in keyof E]: Message }>;
}): Catalogue<Extract<keyof E, string>> {
  return checkCatalogue(catalogue) as Catalogue<Extract<keyof E, string>>;
}

/**
 * Declares an English and Welsh message catalogue **without checking it now**: a frozen copy, typed like
 * {@link defineMessages}'s. Only for a package that ships its catalogues to browsers and checks every one
 * in its own tests by passing it to `defineMessages` (which throws on any problem), so the checks cost
 * nothing at import and, used with {@link createTrustedTranslator}, their code is not bundled.
 * Use `defineMessages` everywhere else. {@link createTranslator} still checks a declared catalogue, once,
 * on first use.
 */
export function declareMessages<const E extends Messages>(catalogue: {
  readonly en: E;
  readonly cy: NoInfer<{ readonly [P in keyof E]: Message }>;
}): Catalogue<Extract<keyof E, string>> {
  if (!isRecord(catalogue) || !isRecord(catalogue.en) || !isRecord(catalogue.cy)) {
    throw new ValidationError('i18n.invalid_catalogue', 'A message catalogue must be an object with `en` and `cy` messages', { path: [] });
  }
  const frozen = (messages: Messages): Messages =>
    Object.freeze(
      Object.fromEntries(
        Object.entries(messages).map(([key, message]) => [key, typeof message === 'string' ? message : Object.freeze({ ...message })]),
      ),
    );
  const copy = Object.freeze({ en: frozen(catalogue.en), cy: frozen(catalogue.cy) });
  declared.add(copy);
  return copy as Catalogue<Extract<keyof E, string>>;
}

/**
 * Makes the `t` function one component instance (or one validation run, or one
 * notification) uses. Overrides replace messages for this translator only and
 * are checked like catalogue messages: they must name an existing key, keep the
 * message's kind (a plural stays a plural with every form the locale needs) and
 * use only placeholders the original is given. An override may be `''`, to hide
 * a hint for example.
 *
 * `t` throws {@link ValidationError} for a key that is not in the catalogue and
 * for parameters of the wrong type; missing parameters are reported, not thrown.
 */
export function createTranslator<K extends string>(
  catalogue: Catalogue<K>,
  locale: Locale,
  overrides?: Overrides<K>,
  options: TranslatorOptions = {},
): Translator<K> {
  let data: Catalogue = catalogue;
  if (!checked.has(catalogue as object)) {
    data = checkCatalogue(catalogue);
    // A declared catalogue is frozen, so checking it once holds for every later translator.
    if (declared.has(catalogue as object)) checked.add(catalogue);
  }
  assertLocale(locale, ['locale']);
  return translatorOver(data as Catalogue<K>, locale, checkOverrides(data, locale, overrides), options);
}

/**
 * {@link createTranslator} for catalogues made by {@link declareMessages} (or {@link defineMessages}) in this
 * copy of core, whose package's tests check every one: the catalogue is not checked here, so a browser bundle
 * built on `declareMessages` and this function carries none of the catalogue checks.
 *
 * Overrides get the checks a page cannot do without: each must name a message of the catalogue and be the same
 * kind (text for text, plural forms for a plural). The deeper checks of `createTranslator` (placeholders the
 * message is never given, plural forms the language needs) stay out of browser bundles: an override that fails
 * only those shows its text as written, with `%{name}` left in, rather than taking the component down. Check
 * overrides in full where they are written: server rendering does, and so does `createTranslator` in a test.
 *
 * The `t` it returns does not check each call's parameters (their types are the caller's code, checked by the
 * compiler) and takes no `onMissingParam`: a missing value leaves its placeholder showing, as with
 * `createTranslator`. An unknown key still throws `i18n.unknown_key`.
 *
 * @throws {ValidationError} `i18n.unchecked_catalogue` for a catalogue made any other way (a plain object,
 * or one from another copy of core): pass it to `createTranslator`, which checks it.
 */
export function createTrustedTranslator<K extends string>(
  catalogue: Catalogue<K>,
  locale: Locale,
  overrides?: Overrides<K>,
): Translator<K> {
  if (!declared.has(catalogue as object) && !checked.has(catalogue as object)) {
    throw new ValidationError(
      'i18n.unchecked_catalogue',
      'This catalogue was made neither by declareMessages nor by defineMessages: use createTranslator, which checks it',
      { path: ['catalogue'] },
    );
  }
  assertLocale(locale, ['locale']);
  return trustedTranslatorOver(catalogue, locale, checkOverrideShapes(catalogue, locale, overrides));
}

/** The overrides given, as entries; `undefined` values are skipped so an unset element property can be passed as is. */
function overrideEntries(overrides: unknown): [string, unknown][] {
  if (overrides === undefined || overrides === null) return [];
  if (!isRecord(overrides)) {
    throw new ValidationError('i18n.invalid_overrides', `Overrides must be an object of key → message, not ${describe(overrides)}`, {
      path: ['overrides'],
    });
  }
  return Object.entries(overrides).filter(([, value]) => value !== undefined);
}

/** Overrides that name a message of the catalogue and keep its kind; see {@link createTrustedTranslator}. */
function checkOverrideShapes(catalogue: Catalogue, locale: Locale, overrides: unknown): Map<string, Message> {
  const result = new Map<string, Message>();
  const messages = catalogue[locale];
  for (const [key, value] of overrideEntries(overrides)) {
    const path = ['overrides', key];
    if (!Object.hasOwn(messages, key)) {
      throw new ValidationError('i18n.unknown_override', `There is no message \`${key}\` to override`, { path });
    }
    const plural = typeof messages[key] !== 'string';
    const shaped = plural
      ? isRecord(value) && typeof value.other === 'string' && Object.values(value).every((form) => typeof form === 'string')
      : typeof value === 'string';
    if (!shaped) {
      throw new ValidationError(
        'i18n.message_kind_mismatch',
        `The override for \`${key}\` must be ${plural ? 'a plural message with at least an `other` form, like the one it replaces' : 'plain text, like the message it replaces'}`,
        { path },
      );
    }
    result.set(key, value as Message);
  }
  return result;
}

// ---------------------------------------------------------------------------

/** The translator over a catalogue already known to be sound, with overrides already checked: checks the locale, options and every call's parameters. */
function translatorOver<K extends string>(
  data: Catalogue<K>,
  locale: Locale,
  overrides: ReadonlyMap<string, Message>,
  options: TranslatorOptions,
): Translator<K> {
  assertLocale(locale, ['locale']);
  if (options === null || typeof options !== 'object') {
    throw new ValidationError('i18n.invalid_options', 'Translator options must be an object', { path: ['options'] });
  }
  const onMissingParam = options.onMissingParam;
  if (onMissingParam !== undefined && typeof onMissingParam !== 'function') {
    throw new ValidationError('i18n.invalid_options', '`onMissingParam` must be a function', { path: ['options', 'onMissingParam'] });
  }
  const table = messageTable(data, locale, overrides);
  const t = (key: K, params?: Params): string => {
    assertParams(params);
    const count = params?.count;
    if (count !== undefined && count !== null && typeof count !== 'number' && typeof table.get(key) === 'object') {
      throw new ValidationError('i18n.count_not_a_number', `\`count\` for the plural message \`${key}\` must be a number`, {
        path: ['params', 'count'],
      });
    }
    return translate(table, locale, key, params, onMissingParam);
  };
  return Object.freeze(Object.assign(t, { locale }));
}

/** The translator of {@link createTrustedTranslator}: the same lookup, without checking each call's parameters. */
function trustedTranslatorOver<K extends string>(
  data: Catalogue<K>,
  locale: Locale,
  overrides: ReadonlyMap<string, Message>,
): Translator<K> {
  const table = messageTable(data, locale, overrides);
  const t = (key: K, params?: Params): string => translate(table, locale, key, params, undefined);
  return Object.freeze(Object.assign(t, { locale }));
}

function messageTable(data: Catalogue, locale: Locale, overrides: ReadonlyMap<string, Message>): Map<string, Message> {
  const table = new Map<string, Message>(Object.entries(data[locale]));
  for (const [key, message] of overrides) table.set(key, message);
  return table;
}

/** Looks a message up, picks its plural form by `count` and fills its placeholders. */
function translate(
  table: ReadonlyMap<string, Message>,
  locale: Locale,
  key: string,
  params: Params | undefined,
  onMissingParam: TranslatorOptions['onMissingParam'],
): string {
  const message = typeof key === 'string' ? table.get(key) : undefined;
  if (message === undefined) {
    throw new ValidationError('i18n.unknown_key', `There is no message \`${String(key)}\` in this catalogue`, { path: ['key'] });
  }
  if (typeof message === 'string') return fill(message, params, locale, key, onMissingParam);
  const count = params?.count;
  let form = message.other;
  if (typeof count === 'number') {
    form = message[rulesFor(locale).select(count)] ?? message.other;
  } else if (!form.includes('%{count}')) {
    // The text will not show the gap, so report it here; otherwise fill() reports it.
    onMissingParam?.({ name: 'count', key, locale });
  }
  return fill(form, params, locale, key, onMissingParam);
}

function fill(
  template: string,
  params: Params | undefined,
  locale: Locale,
  key: string | undefined,
  onMissingParam: TranslatorOptions['onMissingParam'],
): string {
  // A replacer function (not a replacement string) so `$&` in a value is not special;
  // String.replace never rescans what it inserted, so values cannot expand.
  return template.replace(PLACEHOLDER, (whole: string, name: string) => {
    const value = params !== undefined && Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined || value === null) {
      onMissingParam?.({ name, key, locale });
      return whole;
    }
    return typeof value === 'number' ? formatterFor(locale).format(value) : value;
  });
}

function rulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

function formatterFor(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB');
    numberFormats.set(locale, format);
  }
  return format;
}

// In CLDR order (zero … other), so messages list forms the way translators know them.
function usedCategories(locale: Locale): readonly PluralCategory[] {
  const used: readonly string[] = rulesFor(locale).resolvedOptions().pluralCategories;
  return CATEGORIES.filter((category) => used.includes(category));
}

function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'cy';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function assertLocale(value: unknown, path: ErrorPath): asserts value is Locale {
  if (!isLocale(value)) {
    throw new ValidationError(
      'i18n.unsupported_locale',
      `\`${String(value)}\` is not a supported locale: use 'en' or 'cy' (resolveLocale() turns a lang attribute into one)`,
      { path },
    );
  }
}

function assertFiniteNumber(value: unknown, path: ErrorPath): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ValidationError('i18n.not_a_finite_number', `Expected a finite number, not ${describe(value)}`, { path });
  }
}

function assertParams(params: unknown): asserts params is Params | undefined {
  if (params === undefined) return;
  if (!isRecord(params)) {
    throw new ValidationError('i18n.invalid_params', `Message parameters must be an object, not ${describe(params)}`, { path: ['params'] });
  }
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || typeof value === 'string') continue;
    if (typeof value === 'number' && Number.isFinite(value)) continue;
    throw new ValidationError('i18n.invalid_param', `Parameter \`${name}\` must be a string or a finite number, not ${describe(value)}`, {
      path: ['params', name],
    });
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) if (match[1] !== undefined) names.add(match[1]);
  return names;
}

function listNames(names: Iterable<string>): string {
  return [...names].map((name) => `%{${name}}`).join(', ');
}

function difference(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((name) => !b.has(name));
}

/** A message that passed its own checks, with what the cross-language checks need. */
interface Checked {
  readonly message: Message;
  readonly plural: boolean;
  /** Placeholders used in any form. */
  readonly names: ReadonlySet<string>;
  /** Placeholders in the `other` form (plural only): the form most numbers get. */
  readonly otherNames: ReadonlySet<string>;
}

function checkText(text: string, path: ErrorPath, issues: Issue[], allowEmpty: boolean): void {
  if (text === '' && !allowEmpty) {
    issues.push({ code: 'i18n.empty_message', path, message: `The message at ${where(path)} is empty` });
  }
  if (MALFORMED.test(text)) {
    issues.push({
      code: 'i18n.malformed_placeholder',
      path,
      message: `The message at ${where(path)} has a malformed placeholder: write %{name} with letters, digits and _ only, and no spaces`,
    });
  }
}

function checkMessage(locale: Locale, value: unknown, path: ErrorPath, issues: Issue[], allowEmpty: boolean): Checked | undefined {
  const language = LANGUAGE_NAMES[locale];
  if (typeof value === 'string') {
    checkText(value, path, issues, allowEmpty);
    const names = namesIn(value);
    return { message: value, plural: false, names, otherNames: names };
  }
  if (!isRecord(value)) {
    issues.push({
      code: 'i18n.invalid_message',
      path,
      message: `The message at ${where(path)} must be a string or a plural object, not ${describe(value)}`,
    });
    return undefined;
  }
  const before = issues.length;
  const used = usedCategories(locale);
  const copy: Partial<Record<PluralCategory, string>> = {};
  const names = new Set<string>();
  for (const [form, text] of Object.entries(value)) {
    const formPath = [...path, form];
    if (!CATEGORY_NAMES.has(form)) {
      issues.push({
        code: 'i18n.unknown_plural_form',
        path: formPath,
        message: `\`${form}\` is not a plural form: use zero, one, two, few, many or other`,
      });
      continue;
    }
    const category = form as PluralCategory;
    if (!used.includes(category)) {
      issues.push({
        code: 'i18n.unused_plural_form',
        path: formPath,
        message: `${language} never uses the \`${form}\` plural form (it uses ${used.join(', ')}), so this text would never be shown: remove it`,
      });
      continue;
    }
    if (typeof text !== 'string') {
      issues.push({
        code: 'i18n.invalid_message',
        path: formPath,
        message: `The \`${form}\` form at ${where(path)} must be a string, not ${describe(text)}`,
      });
      continue;
    }
    checkText(text, formPath, issues, allowEmpty);
    copy[category] = text;
    for (const name of namesIn(text)) names.add(name);
  }
  for (const category of used) {
    if (!Object.hasOwn(value, category)) {
      issues.push({
        code: 'i18n.plural_missing_form',
        path: [...path, category],
        message: `The ${language} plural message at ${where(path)} has no \`${category}\` form: ${language} needs ${used.join(', ')}`,
      });
    }
  }
  if (issues.length > before || copy.other === undefined) return undefined;
  const message = Object.freeze({ ...copy, other: copy.other });
  return { message, plural: true, names, otherNames: namesIn(copy.other) };
}

function where(path: ErrorPath): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `\`${part}\``)).join(' → ');
}

function checkCatalogue(input: unknown): Catalogue {
  if (!isRecord(input)) {
    throw new ValidationError(
      'i18n.invalid_catalogue',
      `A message catalogue must be an object with \`en\` and \`cy\` messages, not ${describe(input)}`,
      {
        path: [],
      },
    );
  }
  const issues: Issue[] = [];
  for (const name of Object.keys(input)) {
    if (!isLocale(name)) {
      issues.push({
        code: 'i18n.unsupported_locale',
        path: [name],
        message: `\`${name}\` is not a supported locale: a catalogue has only \`en\` and \`cy\``,
      });
    }
  }
  const en = input.en;
  const cy = input.cy;
  for (const [locale, messages] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    if (!isRecord(messages)) {
      issues.push({
        code: 'i18n.invalid_catalogue',
        path: [locale],
        message: `The ${LANGUAGE_NAMES[locale]} messages must be an object of key → message, not ${describe(messages)}`,
      });
    }
  }
  if (!isRecord(en) || !isRecord(cy)) throw ValidationError.fromIssues(issues);

  const out = { en: Object.create(null) as Record<string, Message>, cy: Object.create(null) as Record<string, Message> };
  for (const key of Object.keys(en)) {
    const english = checkMessage('en', en[key], ['en', key], issues, false);
    if (!Object.hasOwn(cy, key)) {
      issues.push({ code: 'i18n.missing_translation', path: ['cy', key], message: `\`${key}\` has no Welsh translation` });
      continue;
    }
    const welsh = checkMessage('cy', cy[key], ['cy', key], issues, false);
    if (!english || !welsh) continue;
    out.en[key] = english.message;
    out.cy[key] = welsh.message;
    if (english.plural !== welsh.plural) {
      issues.push({
        code: 'i18n.message_kind_mismatch',
        path: ['cy', key],
        message: `\`${key}\` is ${english.plural ? 'a plural message' : 'plain text'} in English but ${welsh.plural ? 'a plural message' : 'plain text'} in Welsh`,
      });
      continue;
    }
    const mismatch =
      comparePlaceholders(english.names, welsh.names, `\`${key}\``, ['cy', key]) ??
      (english.plural
        ? comparePlaceholders(english.otherNames, welsh.otherNames, `\`other\` form of \`${key}\``, ['cy', key, 'other'])
        : undefined);
    if (mismatch) issues.push(mismatch);
  }
  for (const key of Object.keys(cy)) {
    if (!Object.hasOwn(en, key)) {
      issues.push({
        code: 'i18n.extra_translation',
        path: ['cy', key],
        message: `\`${key}\` is in the Welsh messages but not the English ones`,
      });
    }
  }
  if (issues.length > 0) throw ValidationError.fromIssues(issues);
  const catalogue: Catalogue = Object.freeze({ en: Object.freeze(out.en), cy: Object.freeze(out.cy) });
  checked.add(catalogue);
  return catalogue;
}

function comparePlaceholders(english: ReadonlySet<string>, welsh: ReadonlySet<string>, what: string, path: ErrorPath): Issue | undefined {
  const dropped = difference(english, welsh);
  const added = difference(welsh, english);
  if (dropped.length === 0 && added.length === 0) return undefined;
  const parts = [
    dropped.length > 0 ? `lacks ${listNames(dropped)}` : '',
    added.length > 0 ? `has ${listNames(added)}, which English does not` : '',
  ].filter(Boolean);
  return { code: 'i18n.placeholder_mismatch', path, message: `The Welsh ${what} ${parts.join(' and ')}` };
}

function checkOverrides(catalogue: Catalogue, locale: Locale, overrides: unknown): Map<string, Message> {
  const result = new Map<string, Message>();
  const issues: Issue[] = [];
  const messages = catalogue[locale];
  for (const [key, value] of overrideEntries(overrides)) {
    const path = ['overrides', key];
    if (!Object.hasOwn(messages, key)) {
      issues.push({ code: 'i18n.unknown_override', path, message: `There is no message \`${key}\` to override` });
      continue;
    }
    const original = checkMessage(locale, messages[key], [locale, key], [], false);
    const replacement = checkMessage(locale, value, path, issues, true);
    if (!original || !replacement) continue;
    if (original.plural !== replacement.plural) {
      issues.push({
        code: 'i18n.message_kind_mismatch',
        path,
        message: `The override for \`${key}\` must be ${original.plural ? 'a plural message, like the one it replaces' : 'plain text, like the message it replaces'}`,
      });
      continue;
    }
    const allowed = new Set(original.names);
    if (original.plural) allowed.add('count');
    const unknown = difference(replacement.names, allowed);
    if (unknown.length > 0) {
      issues.push({
        code: 'i18n.placeholder_unknown',
        path,
        message: `The override for \`${key}\` uses ${listNames(unknown)}, which the message is never given`,
      });
      continue;
    }
    result.set(key, replacement.message);
  }
  if (issues.length > 0) throw ValidationError.fromIssues(issues);
  return result;
}

// Month names are kept here rather than taken from Intl: not every runtime ships Welsh date data
// (Chromium's ICU here falls back to US English), and dates are the first thing a Welsh page shows.
const MONTH_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
};

/** The name of a month (1 = January) in English or Welsh, for dates written the GOV.UK way: "3 Mawrth 2009". */
export function monthName(locale: Locale, month: number): string {
  assertLocale(locale, ['locale']);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new ValidationError('i18n.invalid_month', 'A month must be a whole number from 1 (January) to 12 (December)', {
      path: ['month'],
    });
  }
  return MONTH_NAMES[locale][month - 1] as string;
}
