import {
  createTrustedTranslator,
  declareMessages,
  type Catalogue,
  type Locale,
  type Overrides,
  type Translator,
} from '@civicbricks/core/i18n';
import type { MessageOverrides } from './lib/civic-element.js';

/**
 * Strings every form control shares. Components with strings of their own keep them in
 * `<name>.messages.ts` and combine them with these through {@link withFieldMessages}.
 *
 * Every catalogue in this package is declared (`declareMessages`), not checked at import:
 * `test/messages.test.ts` checks each one with `defineMessages`, so a missing Welsh form still
 * fails CI, while browsers download and run none of the checking code.
 */
export const fieldMessages = declareMessages({
  en: { errorPrefix: 'Error:' },
  cy: { errorPrefix: 'Gwall:' },
});

type Messages<K extends string> = { readonly [P in K]: Catalogue<K>['en'][P] };

/** One catalogue of the shared field strings plus a component's own (checked as a whole by the package's tests). */
export function withFieldMessages<K extends string>(own: Catalogue<K>): Catalogue<K | 'errorPrefix'> {
  return declareMessages({
    en: { ...fieldMessages.en, ...own.en } as Messages<K | 'errorPrefix'>,
    cy: { ...fieldMessages.cy, ...own.cy } as Messages<K | 'errorPrefix'>,
  }) as Catalogue<K | 'errorPrefix'>;
}

/** The translate function a template receives: typed by its catalogue's keys. */
export type Translate<K extends string = 'errorPrefix'> = Translator<K>;

/**
 * A component's translator: its locale plus any per-instance overrides from the `messages` property.
 * In the browser an override must name one of the component's messages and be of the same kind, or the component
 * says so with a typed error; the server render functions check overrides in full (placeholders, every Welsh
 * plural form). The catalogue is not checked again, so it must come from `declareMessages` (checked by its
 * package's tests) or `defineMessages` in the same copy of `@civicbricks/core`: any other is refused with
 * `i18n.unchecked_catalogue`.
 */
export function translatorFor<K extends string>(catalogue: Catalogue<K>, locale: Locale, overrides?: MessageOverrides): Translator<K> {
  if (overrides !== undefined && overrides !== null) return createTrustedTranslator(catalogue, locale, overrides as Overrides<K>);
  // Without overrides a translator depends only on its catalogue and locale, and every render of every element asks for one.
  let byLocale = sharedTranslators.get(catalogue);
  if (!byLocale) sharedTranslators.set(catalogue, (byLocale = new Map()));
  let shared = byLocale.get(locale) as Translator<K> | undefined;
  if (!shared) byLocale.set(locale, (shared = createTrustedTranslator(catalogue, locale)) as Translator<string>);
  return shared;
}

const sharedTranslators = new WeakMap<object, Map<Locale, Translator<string>>>();
