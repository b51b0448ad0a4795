import { createTranslator, defineMessages, type Locale, type MessageKey, type Overrides } from '@civicbricks/core/i18n';
import type { MessageOverrides } from './lib/civic-element.js';

/** Every string the components own, in English and Welsh. Override any of them per instance with `messages`. */
export const elementMessages = defineMessages({
  en: {
    errorPrefix: 'Error:',
    errorSummaryTitle: 'There is a problem',
  },
  cy: {
    errorPrefix: 'Gwall:',
    errorSummaryTitle: 'Mae yna broblem',
  },
});

export type ElementMessageKey = MessageKey<typeof elementMessages>;

/** The translate function a template uses: the component's locale plus any per-instance overrides. */
export type Translate = (key: ElementMessageKey, params?: Record<string, string | number>) => string;

export function translatorFor(locale: Locale, overrides?: MessageOverrides): Translate {
  return createTranslator(elementMessages, locale, overrides as Overrides<ElementMessageKey> | undefined);
}
