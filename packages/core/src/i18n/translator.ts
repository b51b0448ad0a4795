/**
 * Translators: the `t` function a component, validator or notification uses, and
 * {@link interpolate} for text outside any catalogue.
 */
import { ValidationError } from '../errors.js';
import { checkCatalogue, checked, checkOverrides, declared, overrideEntries } from './catalogue.js';
import { assertLocale, DEFAULT_LOCALE, describe, formatterFor, isRecord, rulesFor } from './locale.js';
import { PLACEHOLDER } from './placeholders.js';
import type { Catalogue, InterpolateOptions, Locale, Message, Overrides, Params, Translator, TranslatorOptions } from './types.js';

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
