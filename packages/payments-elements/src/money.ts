import type { Locale } from '@civicbricks/core/i18n';
import { Money } from '@civicbricks/core/money';

/** Pence as GOV.UK writes money: "£12" for whole pounds, otherwise "£12.50". */
export const pounds = (pence: number, locale: Locale): string => Money.fromPence(pence).format(locale);
