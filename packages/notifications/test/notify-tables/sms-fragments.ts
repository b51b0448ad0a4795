/**
 * Text message fragment counts, as GOV.UK Notify's own tests state them.
 *
 * Sources (written out by hand from what the tests assert; no code copied):
 * - alphagov/emergency-alerts-utils `tests/test_template_types.py` at 1401eaa7:
 *   `test_sms_fragment_count_accounts_for_unicode_and_welsh_characters` and
 *   `test_sms_fragment_count_accounts_for_extended_gsm_characters`, the
 *   `SMSMessageTemplate` cases that repository shares with notifications-utils.
 * - alphagov/notifications-utils `tests/test_template_types.py` at d038298a:
 *   `test_sms_fragment_count` (by character count: 159 to 461).
 */
export interface FragmentCase {
  readonly name: string;
  readonly content: string;
  readonly fragments: number;
}

const repeat = (char: string, times: number): string => char.repeat(times);

export const fragmentCases: readonly FragmentCase[] = [
  // Welsh character that GSM has (à): GSM fragments.
  { name: 'à × 71', content: repeat('à', 71), fragments: 1 },
  { name: 'à × 160', content: repeat('à', 160), fragments: 1 },
  { name: 'à × 161', content: repeat('à', 161), fragments: 2 },
  { name: 'à × 306', content: repeat('à', 306), fragments: 2 },
  { name: 'à × 307', content: repeat('à', 307), fragments: 3 },
  { name: 'à × 612', content: repeat('à', 612), fragments: 4 },
  { name: 'à × 613', content: repeat('à', 613), fragments: 5 },
  { name: 'à × 765', content: repeat('à', 765), fragments: 5 },
  { name: 'à × 766', content: repeat('à', 766), fragments: 6 },
  { name: 'à × 918', content: repeat('à', 918), fragments: 6 },
  { name: 'à × 919', content: repeat('à', 919), fragments: 7 },
  // Welsh character GSM lacks (ÿ): sent as Unicode.
  { name: 'ÿ × 70', content: repeat('ÿ', 70), fragments: 1 },
  { name: 'ÿ × 71', content: repeat('ÿ', 71), fragments: 2 },
  { name: 'ÿ × 134', content: repeat('ÿ', 134), fragments: 2 },
  { name: 'ÿ × 135', content: repeat('ÿ', 135), fragments: 3 },
  { name: 'ÿ × 268', content: repeat('ÿ', 268), fragments: 4 },
  { name: 'ÿ × 269', content: repeat('ÿ', 269), fragments: 5 },
  { name: 'ÿ × 402', content: repeat('ÿ', 402), fragments: 6 },
  { name: 'ÿ × 403', content: repeat('ÿ', 403), fragments: 7 },
  { name: 'one non-GSM character makes the whole message Unicode', content: `${repeat('à', 70)}ÿ`, fragments: 2 },
  { name: 'other Unicode is downgraded to GSM (🚀 × 160)', content: repeat('\u{1F680}', 160), fragments: 1 },
  // Extended GSM characters count 2.
  { name: '^ × 81', content: repeat('^', 81), fragments: 2 },
  { name: 'a × 158 then |', content: `${repeat('a', 158)}|`, fragments: 1 },
  { name: 'a × 159 then |', content: `${repeat('a', 159)}|`, fragments: 2 },
  { name: 'a × 304 then [', content: `${repeat('a', 304)}[`, fragments: 2 },
  { name: 'a × 304 then []', content: `${repeat('a', 304)}[]`, fragments: 3 },
  // In a Unicode message too: 133 + 2 = 135 is over 2 × 67.
  { name: 'â × 132 then {', content: `${repeat('â', 132)}{`, fragments: 2 },
  { name: 'â × 133 then }', content: `${repeat('â', 133)}}`, fragments: 3 },
  // By character count.
  ...(
    [
      [159, 1],
      [160, 1],
      [161, 2],
      [306, 2],
      [307, 3],
      [459, 3],
      [460, 4],
      [461, 4],
    ] as const
  ).map(([count, fragments]) => ({ name: `${count} GSM characters`, content: repeat('x', count), fragments })),
];
