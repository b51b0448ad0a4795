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

export type * from './i18n/types.js';
export { DEFAULT_LOCALE, formatNumber, LOCALES, pluralCategory, resolveLocale } from './i18n/locale.js';
export { declareMessages, defineMessages } from './i18n/catalogue.js';
export { createTranslator, createTrustedTranslator, interpolate } from './i18n/translator.js';
export { monthName } from './i18n/dates.js';
