import { createTranslator, defineMessages, type Catalogue, type Locale, type Overrides, type Translator } from '@civicbricks/core/i18n';
import type { MessageOverrides } from './lib/civic-element.js';

/**
 * Strings every form control shares. Components with strings of their own keep them in
 * `<name>.messages.ts` and combine them with these through {@link withFieldMessages}.
 */
export const fieldMessages = defineMessages({
  en: { errorPrefix: 'Error:' },
  cy: { errorPrefix: 'Gwall:' },
});

type Messages<K extends string> = { readonly [P in K]: Catalogue<K>['en'][P] };

/** One catalogue of the shared field strings plus a component's own, checked again as a whole. */
export function withFieldMessages<K extends string>(own: Catalogue<K>): Catalogue<K | 'errorPrefix'> {
  return defineMessages({
    en: { ...fieldMessages.en, ...own.en } as Messages<K | 'errorPrefix'>,
    cy: { ...fieldMessages.cy, ...own.cy } as Messages<K | 'errorPrefix'>,
  }) as Catalogue<K | 'errorPrefix'>;
}

/** The translate function a template receives: typed by its catalogue's keys. */
export type Translate<K extends string = 'errorPrefix'> = Translator<K>;

/** A component's translator: its locale plus any per-instance overrides from the `messages` property. */
export function translatorFor<K extends string>(catalogue: Catalogue<K>, locale: Locale, overrides?: MessageOverrides): Translator<K> {
  return createTranslator(catalogue, locale, overrides as Overrides<K> | undefined);
}
