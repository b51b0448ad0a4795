/** The types of messages, catalogues and translators. */
/** The languages every Civic Bricks string ships in; English is the fallback. */
export type Locale = 'en' | 'cy';

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
