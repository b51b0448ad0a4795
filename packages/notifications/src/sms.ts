/**
 * Text message encoding and length, counted the way GOV.UK Notify counts them.
 *
 * Browser-safe: no Node built-ins, so the SMS preview element can count as a
 * person types.
 *
 * Behaviour checked against Notify's own code (alphagov/notifications-utils,
 * `sanitise_text.py` and the SMS template classes in `template.py`):
 * - characters in the GSM 03.38 alphabet are kept; the extended ones
 *   (`^ { } \ [ ~ ] | €`) count twice;
 * - the Welsh accented vowels are kept; those outside GSM force UCS-2;
 * - anything else is downgraded: a letter with canonical accents to the letter
 *   it decomposes to, a few typographic characters to plain ones, zero-width
 *   characters removed, and `?` for the rest;
 * - one deliberate difference: control characters (ESC, which Notify keeps
 *   because GSM has a code for it, and the rest of C0 and C1 but the line
 *   break) are removed and count nothing. On a handset ESC starts an escape
 *   sequence, so it can change the character after it; none of them is text.
 *   A carriage return becomes a line break;
 * - Notify counts the message *before* downgrading (so `…` counts 1 even though
 *   `...` is sent) and adds the extended characters of the downgraded text, in
 *   UCS-2 messages too. We do the same, so fragments (what a council is billed
 *   for) match Notify's to the fragment.
 */
import * as z from 'zod/mini';
import { ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';

/** How a text message travels: 7-bit GSM (160 a fragment) or UCS-2 (70 a fragment). */
export type SmsEncoding = 'gsm' | 'ucs2';

/** What {@link countSms} reports. */
export interface SmsCount {
  /** Characters as Notify counts them for fragments: extended GSM characters count 2. */
  readonly characters: number;
  /** Fragments the message is sent (and billed) as. */
  readonly fragments: number;
  readonly encoding: SmsEncoding;
  /**
   * Characters as Notify counts them for its length limit: extended characters
   * count 1 and the service-name prefix is left out.
   */
  readonly length: number;
  /** True when Notify would refuse the message: more than {@link SMS_MAX_LENGTH} characters. */
  readonly tooLong: boolean;
}

/** What {@link countSms} takes besides the text. */
export interface SmsCountOptions {
  /**
   * The service name Notify puts before the message (`Name: message`) when the
   * service has "start text messages with the service name" on. It is sent, so
   * it counts for fragments; Notify leaves it out of the 918-character limit.
   */
  readonly prefix?: string;
}

/** The longest text message Notify sends, counted without the service-name prefix. */
export const SMS_MAX_LENGTH = 918;

const EXTENDED = '^{}\\[~]|€';
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const WELSH = 'àèìòùẁỳÀÈÌÒÙẀỲáéíóúẃýÁÉÍÓÚẂÝäëïöüẅÿÄËÏÖÜẄŸâêîôûŵŷÂÊÎÔÛŴŶ';

/** Characters GSM 03.38 encodes in one septet (ESC and the carriage return among them, though neither is ever sent). */
export const GSM_BASIC_CHARACTERS: ReadonlySet<string> = new Set(BASIC);
/** Characters GSM 03.38 encodes with an escape: each counts as two. */
export const GSM_EXTENDED_CHARACTERS: ReadonlySet<string> = new Set(EXTENDED);
/** Welsh accented vowels Notify keeps as they are. */
export const WELSH_CHARACTERS: ReadonlySet<string> = new Set(WELSH);
/** The Welsh characters GSM lacks: any of them makes the whole message UCS-2. */
export const WELSH_NON_GSM_CHARACTERS: ReadonlySet<string> = new Set([...WELSH].filter((c) => !GSM_BASIC_CHARACTERS.has(c)));

// eslint-disable-next-line no-control-regex -- these are the characters it is about
const CONTROL = /^[\x00-\x08\x0b-\x1f\x7f-\x9f]$/;
// eslint-disable-next-line no-control-regex -- these are the characters it is about
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

const ALLOWED: ReadonlySet<string> = new Set([...BASIC, ...EXTENDED, ...WELSH].filter((char) => !CONTROL.test(char) && char !== '\r'));

// Replacements for characters with no canonical decomposition (Notify's list).
const REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  ['\u2013', '-'], // en dash
  ['\u2014', '-'], // em dash
  ['\u2026', '...'], // horizontal ellipsis
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201C', '"'],
  ['\u201D', '"'],
  ['\u180E', ''], // Mongolian vowel separator
  ['\u200B', ''], // zero width space
  ['\u200C', ''], // zero width non-joiner
  ['\u200D', ''], // zero width joiner
  ['\u2060', ''], // word joiner
  ['\uFEFF', ''], // zero width no-break space
  ['\u2028', ''], // line separator
  ['\u2029', ''], // paragraph separator
  ['\u00A0', ' '], // no-break space
  ['\u202F', ' '], // narrow no-break space
  ['\t', ' '],
  ['\u0141', 'L'], // Ł
  ['\u0142', 'l'], // ł
]);

const cache = new Map<string, string>();

/**
 * The text as Notify sends it: every character is kept, downgraded or replaced
 * by `?` so the message fits GSM plus the Welsh vowels. Idempotent.
 */
export function sanitiseSms(text: string): string {
  assertText(text, 'text');
  let out = '';
  for (const char of lineBreaks(text)) out += ALLOWED.has(char) ? char : encodeChar(char);
  return out;
}

/**
 * A value with the control characters a text message must never carry taken
 * out (tab becomes a space, a carriage return a line break), for values sent
 * to a service that formats the message itself, such as GOV.UK Notify.
 */
export function withoutSmsControls(text: string): string {
  return lineBreaks(text).replace(/\t/g, ' ').replace(CONTROLS, '');
}

function lineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Counts a text message as Notify does: characters, fragments and encoding,
 * after Notify's downgrading. Pass the message as it will be sent (placeholders
 * filled in), and the service-name prefix in `options` when Notify adds one.
 */
export function countSms(text: string, options?: SmsCountOptions): SmsCount {
  assertText(text, 'text');
  const { prefix } = parseInput(countOptionsSchema, options ?? {}, {
    path: ['options'],
    codePrefix: 'notifications.sms_options',
    what: 'text message count options',
  });
  return countPrefixed(prefix ? withSmsPrefix(prefix, text) : text, prefix ? [...prefix].length : 0);
}

const countOptionsSchema = z.strictObject({ prefix: z.optional(z.string().check(z.maxLength(255))) });

/**
 * The message with Notify's service-name prefix, as Notify writes it:
 * `Name: message`, with nothing after the colon when the message is empty.
 */
export function withSmsPrefix(prefix: string, text: string): string {
  return text === '' ? `${prefix}:` : `${prefix}: ${text}`;
}

/**
 * Counts a message that already starts with a prefix of `prefixLength`
 * characters plus its colon and space: Notify counts all of it for fragments
 * and takes the prefix out again for the length limit.
 */
export function countPrefixed(message: string, prefixLength: number): SmsCount {
  let length = 0;
  let extended = 0;
  let ucs2 = false;
  for (const char of lineBreaks(message)) {
    const sent = ALLOWED.has(char) ? char : encodeChar(char);
    // Notify measures the text before downgrading: one character stays one,
    // even the ellipsis that goes out as three dots; removed characters count 0.
    if (sent !== '') length += 1;
    for (const c of sent) {
      // Notify adds the extended characters of the downgraded text whatever the
      // encoding: its own table bills 133 × â then } as 3 fragments, not 2.
      if (GSM_EXTENDED_CHARACTERS.has(c)) extended += 1;
      else if (WELSH_NON_GSM_CHARACTERS.has(c)) ucs2 = true;
    }
  }
  const characters = length + extended;
  const encoding: SmsEncoding = ucs2 ? 'ucs2' : 'gsm';
  const withoutPrefix = prefixLength > 0 ? Math.max(length - prefixLength - 2, 0) : length;
  return {
    characters,
    fragments: fragmentsFor(characters, encoding),
    encoding,
    length: withoutPrefix,
    tooLong: withoutPrefix > SMS_MAX_LENGTH,
  };
}

/** Fragments for a character count: 160 then 153 each in GSM, 70 then 67 each in UCS-2. */
export function fragmentsFor(characters: number, encoding: SmsEncoding): number {
  const [single, part] = encoding === 'gsm' ? [160, 153] : [70, 67];
  return characters <= single ? 1 : Math.ceil(characters / part);
}

function encodeChar(char: string): string {
  const hit = cache.get(char);
  if (hit !== undefined) return hit;
  if (char !== '\t' && CONTROL.test(char)) return '';
  let current = char;
  let result = '?';
  // Notify takes one step of canonical decomposition; we keep stepping until
  // the result is allowed, so that sanitising twice changes nothing (for
  // letters with stacked accents Notify stops one step short and sends a
  // character GSM cannot carry).
  for (let step = 0; step < 4; step += 1) {
    const replacement = REPLACEMENTS.get(current);
    if (replacement !== undefined) {
      result = replacement;
      break;
    }
    const base = decomposeOnce(current);
    if (base === undefined) break;
    if (ALLOWED.has(base)) {
      result = base;
      break;
    }
    current = base;
  }
  if (cache.size < 4096) cache.set(char, result);
  return result;
}

/**
 * The first code point of a character's one-level canonical decomposition
 * (Python's `unicodedata.decomposition(c).split()[0]`), or undefined when it
 * has none. Hangul syllables decompose algorithmically, not in the data, so
 * Notify treats them as having none.
 */
function decomposeOnce(char: string): string | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0xac00 && code <= 0xd7a3) return undefined;
  const composed = char.normalize('NFC');
  if (composed !== char) {
    // A singleton (Ångström sign to Å) or a character excluded from composition.
    return String.fromCodePoint(composed.codePointAt(0) ?? 0);
  }
  const decomposed = [...char.normalize('NFD')];
  if (decomposed.length < 2) return undefined;
  // Drop the outermost mark and recompose what is left: ǖ -> ü, ệ -> ẹ.
  const inner = decomposed.slice(0, -1).join('').normalize('NFC');
  return String.fromCodePoint(inner.codePointAt(0) ?? 0);
}

function assertText(text: unknown, name: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new ValidationError('notifications.invalid_text', `\`${name}\` must be a string`, { path: [name] });
  }
}
