/**
 * What GOV.UK Notify sends for each character of a text message: kept,
 * downgraded, removed or replaced by `?`.
 *
 * Sources (written out by hand from what the tests assert; no code copied):
 * - alphagov/notifications-utils `tests/test_sanitise_text.py` at 13bb2820
 *   (the `SanitiseSMS` column of `test_encode_chars_the_same_for_ascii_and_sms`,
 *   `test_encode_chars_different_between_ascii_and_sms`, `test_encode_string`
 *   and `test_sms_encoding_get_non_compatible_characters`);
 * - `Ł`/`ł` to `L`/`l`, which `notifications_utils/sanitise_text.py` at
 *   43e20cd7 added to the replacements after that test was written (so
 *   `Łōdź` is `Lodz`, not the test's older `?odz`);
 * - alphagov/notifications-utils `tests/test_gsm.py` at 842c6c91 is the
 *   module before Welsh was kept; every row of it that still holds is here
 *   already (its `â` to `a` does not: Notify now keeps `â`).
 */
export interface CharacterCase {
  readonly name: string;
  readonly input: string;
  readonly sent: string;
}

export const sanitiseCases: readonly CharacterCase[] = [
  { name: 'ascii char (a)', input: 'a', sent: 'a' },
  { name: 'ascii control char not in gsm (tab)', input: '\t', sent: ' ' },
  { name: 'decomposed unicode char (C with cedilla)', input: 'ç', sent: 'c' },
  { name: 'EN DASH (U+2013)', input: '\u2013', sent: '-' },
  { name: 'EM DASH (U+2014)', input: '\u2014', sent: '-' },
  { name: 'HORIZONTAL ELLIPSIS (U+2026)', input: '\u2026', sent: '...' },
  { name: 'ZERO WIDTH SPACE (U+200B)', input: '\u200B', sent: '' },
  { name: 'LEFT SINGLE QUOTATION MARK (U+2018)', input: '\u2018', sent: "'" },
  { name: 'RIGHT SINGLE QUOTATION MARK (U+2019)', input: '\u2019', sent: "'" },
  { name: 'LEFT DOUBLE QUOTATION MARK (U+201C)', input: '\u201C', sent: '"' },
  { name: 'RIGHT DOUBLE QUOTATION MARK (U+201D)', input: '\u201D', sent: '"' },
  { name: 'NO-BREAK SPACE (U+00A0)', input: '\u00A0', sent: ' ' },
  { name: 'undecomposable unicode char (grimace emoji)', input: '\u{1F62C}', sent: '?' },
  { name: 'vulgar fraction (↉) that is not decomposed', input: '\u2189', sent: '?' },
  { name: 'ascii control char in gsm (newline)', input: '\n', sent: '\n' },
  { name: 'non-ascii gsm char (a with accent)', input: 'à', sent: 'à' },
  { name: 'non-ascii gsm char (euro)', input: '€', sent: '€' },
  { name: 'non-gsm Welsh char (a with hat)', input: 'â', sent: 'â' },
  { name: 'non-gsm Welsh char (capital y with hat)', input: 'Ŷ', sent: 'Ŷ' },
  { name: 'non-gsm Welsh char (e with dots)', input: 'ë', sent: 'ë' },
  { name: 'non-gsm Welsh char (capital O with grave accent)', input: 'Ò', sent: 'Ò' },
  { name: 'non-gsm Welsh char (i with accent)', input: 'í', sent: 'í' },
  { name: 'Łōdź (with the Ł replacement)', input: 'Łōdź', sent: 'Lodz' },
  {
    name: 'the quick brown fox',
    input: 'The quick brown fox jumps over the lazy dog',
    sent: 'The quick brown fox jumps over the lazy dog',
  },
];

/**
 * Where this package sends something else, on purpose (see the README): a
 * control character is never text, and ESC changes the character after it on
 * a handset. `notify` is what the tests above say Notify sends.
 */
export const deliberateDifferences = [
  { name: 'carriage return (test_sanitise_text: kept)', input: '\r', notify: '\r', sent: '\n' },
  { name: 'escape, in GSM 03.38 (GSM_CHARACTERS: kept)', input: '\u001b', notify: '\u001b', sent: '' },
] as const;

/** Characters Notify can neither keep nor downgrade, so it sends `?` for them. */
export interface IncompatibleCase {
  readonly input: string;
  readonly replacedByQuestionMark: readonly string[];
}

export const incompatibleCases: readonly IncompatibleCase[] = [
  { input: 'The quick brown fox jumps over the lazy dog', replacedByQuestionMark: [] },
  { input: 'The \u201Cquick\u201D brown fox has some downgradable characters\u00A0', replacedByQuestionMark: [] },
  { input: 'Need more \u{1F42E}\u{1F514}', replacedByQuestionMark: ['\u{1F42E}', '\u{1F514}'] },
  { input: 'Ŵêlsh chârâctêrs ârê cômpâtîblê wîth SanitiseSMS', replacedByQuestionMark: [] },
  { input: 'Lots of GSM chars that arent ascii compatible:\n\r€', replacedByQuestionMark: [] },
];
