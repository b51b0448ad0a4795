/**
 * Characters in a text message as GOV.UK Notify counts them: whitespace
 * tidied, placeholders filled, the service-name prefix added.
 *
 * Source (written out by hand from what the test asserts; no code copied):
 * alphagov/emergency-alerts-utils `tests/test_template_types.py` at 1401eaa7,
 * `test_character_count_for_sms_templates` (the `SMSMessageTemplate` cases it
 * shares with alphagov/notifications-utils). `template` is the count of the
 * template with no values (a preview), `notification` the count once the
 * values are in; both include the prefix and its `: `.
 */
export interface CharacterCase {
  readonly content: string;
  readonly values: Readonly<Record<string, string>>;
  readonly prefix?: string;
  readonly template: number;
  readonly notification: number;
}

export const characterCases: readonly CharacterCase[] = [
  // Not a character Notify keeps, so it is sent as `?`.
  { content: '深', values: {}, template: 1, notification: 1 },
  // A Welsh character Notify keeps.
  { content: 'Ŵ', values: {}, template: 1, notification: 1 },
  { content: "'First line.\n", values: {}, template: 12, notification: 12 },
  { content: '\t\n\r', values: {}, template: 0, notification: 0 },
  { content: 'Content with ((placeholder))', values: { placeholder: 'something extra here' }, template: 13, notification: 33 },
  { content: 'Content with ((placeholder))', values: { placeholder: '' }, template: 13, notification: 12 },
  { content: 'Just content', values: {}, template: 12, notification: 12 },
  { content: '((placeholder))  ', values: { placeholder: '  ' }, template: 0, notification: 0 },
  { content: '  ', values: {}, template: 0, notification: 0 },
  {
    content: 'Content with ((placeholder))',
    values: { placeholder: 'something extra here' },
    prefix: 'GDS',
    template: 18,
    notification: 38,
  },
  { content: 'Just content', values: {}, prefix: 'GDS', template: 17, notification: 17 },
  { content: '((placeholder))  ', values: { placeholder: '  ' }, prefix: 'GDS', template: 5, notification: 4 },
  // Becomes `GDS:`.
  { content: '  ', values: {}, prefix: 'GDS', template: 4, notification: 4 },
  // Becomes `G D S`.
  { content: '  G      D       S  ', values: {}, template: 5, notification: 5 },
  // Becomes `P1\n\nP2`.
  { content: 'P1 \n\n\n\n\n\n P2', values: {}, template: 6, notification: 6 },
  // Counted as `a  b` with no value, then `a b`.
  { content: 'a    ((placeholder))    b', values: { placeholder: '' }, template: 4, notification: 3 },
];

/**
 * The 918-character limit leaves the prefix out. Source: the same file,
 * `test_message_too_long_ignoring_prefix` and
 * `test_message_is_not_too_long_ignoring_prefix`: 917 × b then `((foo))`,
 * with a 100-character prefix.
 */
export const lengthLimitCases = [
  { content: `${'b'.repeat(917)}((foo))`, values: { foo: 'cc' }, prefix: 'a'.repeat(100), tooLong: true },
  { content: `${'b'.repeat(917)}((foo))`, values: { foo: 'c' }, prefix: 'a'.repeat(100), tooLong: false },
] as const;
