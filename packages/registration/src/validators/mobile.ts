/**
 * `@civicbricks/registration/mobile`: the mobile number to send text messages to, checked as GOV.UK
 * Notify checks it before it will send one.
 *
 * Notify parses numbers with Google's libphonenumber and then applies rules of its own; this module
 * does the same with `awesome-phonenumber` (libphonenumber compiled for JavaScript), so a number
 * accepted here is one Notify accepts and a number refused here is refused with Notify's reason.
 * It is an entry of its own because libphonenumber's metadata is large: pages that never ask for a
 * mobile number do not load it.
 */
import * as z from 'zod/mini';
import { parsePhoneNumber, type ParsedPhoneNumber } from 'awesome-phonenumber';
import { parseInput } from '@civicbricks/core/validation';
import { mobileMessages, type MobileMessageKey } from './mobile-messages.js';
import {
  fail,
  FieldLabelSchema,
  MAX_INPUT_LENGTH,
  ok,
  OBSCURE_WHITESPACE,
  readText,
  translatorFor,
  type ValidatorResult,
} from './shared.js';
import type { FieldLabel } from './shared.js';
import type { Locale } from '@civicbricks/core/i18n';

export { mobileMessages };

/** Options of {@link validateMobileNumber}. */
export interface MobileNumberOptions {
  /** Language of the message; English when not given. */
  readonly locale?: Locale;
  /** Names the field in the "nothing entered" message. */
  readonly label?: FieldLabel;
  /** Accept numbers outside the UK, as a Notify service with international text messages does. Off by default. */
  readonly allowInternational?: boolean;
  /** Accept UK landlines too (Notify's `allow_uk_landline`, for services that send to them). Off by default. */
  readonly allowUkLandline?: boolean;
}

const OptionsSchema = z.optional(
  z.strictObject({
    locale: z.optional(z.enum(['en', 'cy'])),
    label: z.optional(FieldLabelSchema),
    allowInternational: z.optional(z.boolean()),
    allowUkLandline: z.optional(z.boolean()),
  }),
);

/** Why Notify refuses a number: its own error codes, in its order of checking. */
type Refusal = Exclude<MobileMessageKey, 'mobile.required'>;

class Refused extends Error {
  constructor(readonly key: Refusal) {
    super(key);
  }
}

// Digits, the punctuation people write numbers with, and any whitespace; the dashes that word
// processors put in for `-` count as `-`. Anything else (letters, dots, emoji) Notify refuses.
const SEPARATORS = /[\s\u2011\u2013\u2014\u2212]/gu;
const ALLOWED = /^[0-9()+-]*$/u;

// The libphonenumber types Notify sends to; premium-rate, toll-free, shared-cost, pagers and VoIP it refuses.
const SENDABLE = new Set(['fixed-line', 'mobile', 'fixed-line-or-mobile', 'uan', 'personal-number']);
// Types Notify treats as UK landlines: refused unless the service sends to landlines.
const LANDLINE = new Set(['fixed-line', 'fixed-line-or-mobile', 'uan']);

// Country calling codes Notify can send text messages to (the keys of notifications-utils'
// `international_billing_rates.yml` at 4825b66b, with North American area codes folded into 1).
const NOTIFY_COUNTRY_CODES = new Set(
  (
    '1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 ' +
    '86 90 91 92 93 94 95 98 211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 235 236 ' +
    '237 238 239 240 241 242 243 244 245 246 248 249 250 251 252 253 254 255 256 257 258 260 261 262 263 264 265 266 ' +
    '267 268 269 291 297 298 299 350 351 352 353 354 355 356 357 358 359 370 371 372 373 374 375 376 377 378 380 381 ' +
    '382 383 385 386 387 389 420 421 423 500 501 502 503 504 505 506 507 508 509 590 591 592 593 594 595 596 597 598 ' +
    '599 670 672 673 674 675 676 677 678 679 680 681 682 683 685 686 687 689 690 691 692 852 853 855 856 880 886 960 ' +
    '961 962 963 964 965 966 967 968 970 971 972 973 974 975 976 977 992 993 994 995 996 998'
  )
    .split(' ')
    .map(Number),
);

const UK = 44;

interface Parsed {
  readonly countryCode: number;
  readonly significant: string;
  readonly type: string;
}

/**
 * A mobile number to send text messages to, as GOV.UK Notify accepts it: a UK mobile (`07700 900982`,
 * `+44 (0)7700 900982`, `447700900982`, even `7700900982`), or with `allowInternational` a number in
 * a country Notify sends to. Landlines, premium-rate and other non-mobile numbers are refused, and so
 * is anything but digits, spaces, `(`, `)`, `+` and `-` (a stray full stop at the end too). Zero-width
 * and no-break spaces are ignored. The value is in international form, `+447700900982`.
 */
export function validateMobileNumber(input: string, options?: MobileNumberOptions): ValidatorResult {
  const text = readText(input, 'mobile number');
  const parsed = parseInput(OptionsSchema, options, {
    path: ['options'],
    codePrefix: 'registration.options',
    what: 'mobile number options',
  });
  const t = translatorFor(mobileMessages, parsed?.locale ?? 'en');
  const label = parsed?.label;
  const cleaned = text.replace(OBSCURE_WHITESPACE, '').replace(SEPARATORS, (char) => (/\s/u.test(char) ? '' : '-'));
  if (cleaned === '') return fail('mobile.required', label ? t('required', { enter: label.enter }) : t('mobile.required'));
  if (text.length > MAX_INPUT_LENGTH) return fail('mobile.too_long', t('mobile.too_long'));
  try {
    const number = parseAsNotify(cleaned);
    if (!parsed?.allowInternational && number.countryCode !== UK) throw new Refused('mobile.not_uk_mobile');
    if (number.countryCode === UK && !parsed?.allowUkLandline && LANDLINE.has(number.type)) throw new Refused('mobile.not_uk_mobile');
    if (!NOTIFY_COUNTRY_CODES.has(number.countryCode)) throw new Refused('mobile.unsupported_country');
    return ok(`+${number.countryCode}${number.significant}`);
  } catch (error) {
    if (error instanceof Refused) return fail(error.key, t(error.key));
    throw error;
  }
}

// Notify first reads the number as written; if that fails, it forgives a stray `+` or leading zeros
// (`0+447700900100`, `000007700900100`, `+07700900100`) and reads it again.
function parseAsNotify(number: string): Parsed {
  try {
    return parseOnce(number);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return parseOnce(number.replace(/\+/gu, '').replace(/^0+/u, ''));
  }
}

function parseOnce(number: string): Parsed {
  if (!ALLOWED.test(number)) throw new Refused('mobile.unknown_character');
  if (number.replace(/[()+-]/gu, '') === '') throw new Refused('mobile.too_short');
  let result: ParsedPhoneNumber = parsePhoneNumber(number, { regionCode: 'GB' });
  const possibility = isLocalOnly(result) ? 'too-short' : result.possibility;
  if (possibility !== 'is-possible') {
    // A spreadsheet may have dropped the `+` of an international number: try it as one.
    const forced = number.startsWith('+') ? undefined : parsePhoneNumber(`+${number}`);
    if (forced?.possibility === 'is-possible') result = forced;
    else throw new Refused(refusalFor(possibility));
  }
  const countryCode = result.countryCode ?? 0;
  const significant = result.number?.significant ?? '';
  const type = result.type ?? 'unknown';
  if (!(result.valid && SENDABLE.has(type))) {
    // Ofcom's drama numbers (07700 900000 to 900999) are not in libphonenumber's data, but Notify sends to them.
    if (countryCode === UK && /^7700\d/u.test(significant)) return { countryCode, significant, type: 'mobile' };
    throw new Refused('mobile.invalid');
  }
  return { countryCode, significant, type };
}

// A UK number of 4, 5, 6 or 8 digits could only be dialled locally, without its area code. libphonenumber
// says so (IS_POSSIBLE_LOCAL_ONLY) and Notify counts it as too short, or as an international number that
// lost its `+` (`24741111` is Ascension Island); awesome-phonenumber reports it as possible, so look.
const UK_LOCAL_ONLY_LENGTHS = new Set([4, 5, 6, 8]);

function isLocalOnly(result: ParsedPhoneNumber): boolean {
  return (
    result.possibility === 'is-possible' && result.countryCode === UK && UK_LOCAL_ONLY_LENGTHS.has(result.number?.significant?.length ?? 0)
  );
}

function refusalFor(possibility: string): Refusal {
  if (possibility === 'too-long') return 'mobile.too_long';
  if (possibility === 'too-short') return 'mobile.too_short';
  if (possibility === 'invalid-country-code') return 'mobile.unsupported_country';
  return 'mobile.invalid';
}
