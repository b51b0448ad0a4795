/**
 * UK validators: postcode, National Insurance number, NHS number, telephone number, email address.
 *
 * Each takes the text a person typed and returns `{ ok: true, value }` with the value
 * normalised the way GOV.UK advises (case, stray spaces, dashes and punctuation forgiven),
 * or `{ ok: false, error: { code, message } }` with GOV.UK wording in English or Welsh.
 * Validating a normalised value again gives the same value.
 */
import { ValidationError } from '@civicbricks/core/errors';
import { validatorMessages, type ValidatorMessageKey } from './messages.js';
import {
  fail,
  MAX_INPUT_LENGTH,
  OBSCURE_WHITESPACE,
  ok,
  readOptions,
  readText,
  stripAsNotify,
  translatorFor,
  type ValidatorOptions,
  type ValidatorResult,
} from './shared.js';

type Kind = 'postcode' | 'nino' | 'nhs' | 'phone' | 'email';

function start(kind: Kind, what: string, input: unknown, options: unknown) {
  const text = readText(input, what);
  const { locale, label } = readOptions(options);
  const t = translatorFor(validatorMessages, locale);
  const refuse = (key: Exclude<ValidatorMessageKey, 'required'>): ValidatorResult<never> => fail(key, t(key));
  const required = (): ValidatorResult<never> =>
    fail(`${kind}.required`, label ? t('required', { enter: label.enter }) : t(`${kind}.required`));
  return { text, refuse, required };
}

// Outward code (A9, A99, A9A, AA9, AA99, AA9A) with the letters Royal Mail uses in each position, then the inward code.
const POSTCODE = /^(?:GIR0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?)[0-9][ABD-HJLNP-UW-Z]{2})$/;

/**
 * A UK postcode, in any case and with or without spaces (`sw1a1aa`, ` SW1A  1AA `).
 * The value is upper case with one space before the inward code: `SW1A 1AA`.
 */
export function validateUkPostcode(input: string, options?: ValidatorOptions): ValidatorResult {
  const { text, refuse, required } = start('postcode', 'postcode', input, options);
  const compact = text.replace(/\s+/gu, '').toUpperCase();
  if (compact === '') return required();
  if (compact.length > 7 || !POSTCODE.test(compact)) return refuse('postcode.invalid');
  return ok(`${compact.slice(0, -3)} ${compact.slice(-3)}`);
}

// HMRC's rules: the first letter is never D, F, I, Q, U or V; the second never D, F, I, O, Q, U or V;
// BG, GB, KN, NK, NT, TN and ZZ are never issued; the suffix is A, B, C or D.
const NINO = /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$/;

/**
 * A National Insurance number. Spaces, punctuation and letter case are ignored, as GOV.UK
 * advises; prefixes that are never issued are refused. The value is compact upper case,
 * `AB123456C` (show it to people as `AB 12 34 56 C`).
 */
export function validateNationalInsuranceNumber(input: string, options?: ValidatorOptions): ValidatorResult {
  const { text, refuse, required } = start('nino', 'National Insurance number', input, options);
  if (text.length > MAX_INPUT_LENGTH) return refuse('nino.invalid');
  const compact = text.replace(/[^A-Za-z0-9]/gu, '').toUpperCase();
  if (compact === '') return required();
  if (!NINO.test(compact)) return refuse('nino.invalid');
  return ok(compact);
}

/** The modulus 11 check digit of the first nine digits of an NHS number, or `undefined` when none is possible (remainder 1). */
export function nhsCheckDigit(firstNine: string): number | undefined {
  if (typeof firstNine !== 'string' || !/^\d{9}$/u.test(firstNine)) {
    throw new ValidationError('registration.invalid_input', 'nhsCheckDigit needs the first nine digits of an NHS number, as text', {
      path: ['firstNine'],
    });
  }
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? undefined : check;
}

/**
 * An NHS number: 10 digits whose last is the modulus 11 check digit of the other nine.
 * Spaces and dashes are ignored. The value is the 10 digits, `9434765919`.
 */
export function validateNhsNumber(input: string, options?: ValidatorOptions): ValidatorResult {
  const { text, refuse, required } = start('nhs', 'NHS number', input, options);
  if (text.length > MAX_INPUT_LENGTH) return refuse('nhs.invalid');
  const compact = text.replace(/[\s\-‐‑–]+/gu, '');
  if (compact === '') return required();
  if (!/^\d+$/u.test(compact)) return refuse('nhs.invalid');
  if (compact.length !== 10) return refuse('nhs.length');
  if (nhsCheckDigit(compact.slice(0, 9)) !== Number(compact[9])) return refuse('nhs.invalid');
  return ok(compact);
}

// National significant numbers: 10 digits for geographic (01, 02), non-geographic (03, 05, 08, 09)
// and mobile (07) numbers; a few 01 areas still have 9.
const UK_NSN = /^(?:1\d{8,9}|2\d{9}|[35789]\d{9})$/u;

// What a telephone number may be written with, as GOV.UK Notify allows it: digits, spaces, brackets, `+` and
// dashes (the ones word processors put in for `-` too). A full stop, a letter or an emoji is refused, so
// `07700 900982.` is not quietly read as a number.
const PHONE_CHARACTERS = /^[0-9()+\s\-\u2010\u2011\u2013\u2014\u2212]*$/u;

/**
 * A UK landline or mobile number written the way people write them: `07700 900982`,
 * `(01632) 960 001`, `+44 (0)7700 900 982`, `0044 7700-900-982`. Spaces, dashes and brackets are
 * ignored, and so are zero-width and no-break spaces; anything else (a full stop, a letter) is
 * refused, as GOV.UK Notify refuses it. The value is in international form, `+447700900982`.
 * For a number the service will send text messages to, use `validateMobileNumber` from
 * `@civicbricks/registration/mobile`, which refuses landlines and premium-rate numbers as Notify does.
 */
export function validateUkPhoneNumber(input: string, options?: ValidatorOptions): ValidatorResult {
  const { text, refuse, required } = start('phone', 'telephone number', input, options);
  if (text.length > MAX_INPUT_LENGTH) return refuse('phone.invalid');
  const written = text.replace(OBSCURE_WHITESPACE, '');
  const compact = written.replace(/[\s\-\u2010\u2011\u2013\u2014\u2212()]+/gu, '');
  if (compact === '') return required();
  if (!PHONE_CHARACTERS.test(written)) return refuse('phone.invalid');
  let national: string;
  if (compact.startsWith('+44')) national = compact.slice(3);
  else if (compact.startsWith('0044')) national = compact.slice(4);
  else if (compact.startsWith('0')) national = compact.slice(1);
  else return refuse('phone.invalid');
  // "+44 (0)20 ..." keeps the trunk 0 once the brackets are gone.
  if (compact.length !== national.length + 1 && national.startsWith('0')) national = national.slice(1);
  if (!UK_NSN.test(national)) return refuse('phone.invalid');
  return ok(`+44${national}`);
}

// GOV.UK Notify's rules (notifications-utils `email_address.py`): stricter than the RFCs in the part before
// the `@` (no quotes, semicolons, commas or brackets, which its mail provider fails on) and in the domain
// (letters, digits and hyphens, Unicode written as punycode, a top-level domain of letters or valid punycode).
const LOCAL_PART = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/u;
const HOST = /^[^.@][^@\s]+$/u;
const HOST_LABEL = /^(?:xn|[a-z0-9]+)(?:-?-[a-z0-9]+)*$/iu;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--(?:[a-z0-9]+-)*[a-z0-9]+)$/iu;
const ASCII = /^\p{ASCII}*$/u;

/**
 * An email address as GOV.UK Notify accepts it. Zero-width and no-break spaces are removed wherever
 * they are (they come with addresses pasted from web pages and PDFs) and spaces around it are
 * trimmed; the domain may be international (`例え.テスト`). The domain is lower-cased in the value
 * (the part before `@` keeps its case: a few mail servers honour it): `Name@example.com`.
 */
export function validateEmailAddress(input: string, options?: ValidatorOptions): ValidatorResult {
  const { text, refuse, required } = start('email', 'email address', input, options);
  if (text.length > MAX_INPUT_LENGTH) return refuse('email.invalid');
  const address = stripAsNotify(text);
  if (address === '') return required();
  if ([...address].length > 320 || address.includes('..')) return refuse('email.invalid');
  const at = address.indexOf('@');
  const local = address.slice(0, at);
  const host = address.slice(at + 1);
  if (at < 1 || !LOCAL_PART.test(local) || !HOST.test(host)) return refuse('email.invalid');
  const ascii = asciiHost(host);
  const labels = ascii?.split('.') ?? [];
  if (ascii === undefined || ascii.length > 253 || labels.length < 2) return refuse('email.invalid');
  if (!labels.every((label) => label.length <= 63 && HOST_LABEL.test(label))) return refuse('email.invalid');
  if (!TOP_LEVEL.test(labels[labels.length - 1] ?? '')) return refuse('email.invalid');
  return ok(`${local}@${host.toLowerCase()}`);
}

/** The domain as it travels (IDNA): each label with letters outside ASCII in punycode, or undefined if it has none. */
function asciiHost(host: string): string | undefined {
  const labels = host.split('.').map((label) => {
    if (ASCII.test(label)) return label;
    try {
      const converted = new URL(`http://${label}`).hostname;
      return /^[a-z0-9-]+$/u.test(converted) ? converted : undefined;
    } catch {
      return undefined;
    }
  });
  return labels.every((label) => label !== undefined) ? labels.join('.') : undefined;
}
