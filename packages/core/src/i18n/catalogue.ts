/**
 * Catalogues: {@link defineMessages} checks English and Welsh against each other
 * when a module loads; {@link declareMessages} defers that to the package's tests.
 * The checks live here, apart from the translator, so a browser bundle built on
 * `declareMessages` and `createTrustedTranslator` carries none of them.
 */
import { ValidationError, type ErrorPath, type Issue } from '../errors.js';
import { CATEGORIES, describe, isLocale, isRecord, usedCategories } from './locale.js';
import { MALFORMED, PLACEHOLDER } from './placeholders.js';
import type { Catalogue, Locale, Message, Messages, PluralCategory } from './types.js';

const CATEGORY_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(CATEGORIES);
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', cy: 'Welsh' };

// Catalogues made by defineMessages in this copy of core; anything else is checked again.
export const checked = new WeakSet<object>();
// Catalogues made by declareMessages: not checked when made, because their package's tests check every one.
export const declared = new WeakSet<object>();

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

export function checkCatalogue(input: unknown): Catalogue {
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

export function checkOverrides(catalogue: Catalogue, locale: Locale, overrides: unknown): Map<string, Message> {
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

/** The overrides given, as entries; `undefined` values are skipped so an unset element property can be passed as is. */
export function overrideEntries(overrides: unknown): [string, unknown][] {
  if (overrides === undefined || overrides === null) return [];
  if (!isRecord(overrides)) {
    throw new ValidationError('i18n.invalid_overrides', `Overrides must be an object of key → message, not ${describe(overrides)}`, {
      path: ['overrides'],
    });
  }
  return Object.entries(overrides).filter(([, value]) => value !== undefined);
}
