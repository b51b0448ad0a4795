/** Month names in English and Welsh, for dates written the GOV.UK way. */
import { ValidationError } from '../errors.js';
import { assertLocale } from './locale.js';
import type { Locale } from './types.js';

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
