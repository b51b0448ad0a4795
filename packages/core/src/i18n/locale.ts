/**
 * Locales and the Intl objects behind plural forms and numbers, shared by the
 * translator and the catalogue checks.
 */
import { ValidationError, type ErrorPath } from '../errors.js';
import type { Locale, PluralCategory } from './types.js';

/** Every supported locale, English first (the fallback), for iterating catalogues and building language switchers. */
export const LOCALES: readonly Locale[] = /* @__PURE__ */ Object.freeze(['en', 'cy'] as const);

/** The locale used when a `lang` attribute is missing, empty or names a language we do not ship. */
export const DEFAULT_LOCALE: Locale = 'en';

export const CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

// Intl objects are costly to build and a page may translate hundreds of strings,
// so one of each is kept per locale, created on first use (nothing runs at import).
const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

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

export function rulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

export function formatterFor(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'cy' ? 'cy-GB' : 'en-GB');
    numberFormats.set(locale, format);
  }
  return format;
}

// In CLDR order (zero … other), so messages list forms the way translators know them.
export function usedCategories(locale: Locale): readonly PluralCategory[] {
  const used: readonly string[] = rulesFor(locale).resolvedOptions().pluralCategories;
  return CATEGORIES.filter((category) => used.includes(category));
}

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'cy';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function assertLocale(value: unknown, path: ErrorPath): asserts value is Locale {
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

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
