/**
 * Phone numbers for text messages, as GOV.UK Notify's own tests accept and refuse them.
 *
 * Source (written out by hand from what the tests assert; no code copied): alphagov/notifications-utils
 * `tests/recipient_validation/test_phone_number.py` at 01d6f31f, with the reasons of
 * `notifications_utils/recipient_validation/errors.py` at 0f73bc9a. Notify's codes map to ours:
 * INVALID_NUMBER `mobile.invalid`, TOO_LONG `mobile.too_long`, TOO_SHORT `mobile.too_short`,
 * NOT_A_UK_MOBILE `mobile.not_uk_mobile`, UNKNOWN_CHARACTER `mobile.unknown_character`,
 * UNSUPPORTED_COUNTRY_CODE `mobile.unsupported_country`. Notify's normalised form has no `+`; ours does.
 */
export type Refusal =
  | 'mobile.invalid'
  | 'mobile.too_long'
  | 'mobile.too_short'
  | 'mobile.not_uk_mobile'
  | 'mobile.unknown_character'
  | 'mobile.unsupported_country';

/** `valid_uk_mobile_phone_numbers`: accepted with or without international numbers, all `447723456789`. */
export const validUkMobiles = [
  '7723456789',
  '07723456789',
  '07723 456789',
  '07723-456-789',
  '00447723456789',
  '00 44 7723456789',
  '+447723456789',
  '+44 7723 456 789',
  '+44 (0)7723 456 789',
  '\u200b\t\t+44 (0)7723 456 789\ufeff \r\n',
] as const;

/** `valid_international_phone_numbers`: accepted where the service sends abroad, refused as not UK mobiles otherwise. */
export const validInternational = [
  '+7 (8) (495) 123-45-67',
  '007 (8) (495) 123-45-67',
  '784951234567',
  '1-202-555-0104',
  '1\u2011202\u2013555\u2014010\u22124',
  '+12025550104',
  '0012025550104',
  '+0012025550104',
  '230 5 2512345',
  '+682 50 123',
  '+33122334455',
  '0033122334455',
  '+43 676 111 222 333 4',
] as const;

/** `test_valid_international_phone_number_can_be_formatted_consistently` and its class twin. */
export const internationalNormalised = [
  ['77234567890', '77234567890'],
  ['74991231212', '74991231212'],
  ['1-202-555-0104', '12025550104'],
  ['+12025550104', '12025550104'],
  ['0012025550104', '12025550104'],
  ['+0012025550104', '12025550104'],
  ['23052512345', '23052512345'],
] as const;

/** `invalid_uk_mobile_phone_numbers`: refused whether or not the service sends abroad (but see `couldBeRussia`). */
export const invalidUkMobiles: readonly (readonly [string, Refusal])[] = [
  ['772345678910', 'mobile.too_long'],
  ['0772345678910', 'mobile.too_long'],
  ['0044772345678910', 'mobile.too_long'],
  ['+44 (0)7723 456 789 10', 'mobile.too_long'],
  ['0772345678', 'mobile.invalid'],
  ['004477234567', 'mobile.invalid'],
  ['00447723456', 'mobile.invalid'],
  ['+44 (0)7723 456 78', 'mobile.invalid'],
  ['07890x32109', 'mobile.unknown_character'],
  ['07723 456789...', 'mobile.unknown_character'],
  ['07723 \u261F\u261C\u2B07\u2B06\u261E\u261D', 'mobile.unknown_character'],
  ['07723\u261F\u261C\u2B07\u2B06\u261E\u261D', 'mobile.unknown_character'],
  ['07";DROP TABLE;"', 'mobile.unknown_character'],
  ['+44 07ab cde fgh', 'mobile.unknown_character'],
  ['ALPHANUM3R1C', 'mobile.unknown_character'],
];

/** Left out of the international run by Notify's test: with numbers abroad allowed it could be Russian. */
export const couldBeRussia = '772345678910';

/** `invalid_international_numbers`, with numbers abroad allowed. */
export const invalidInternational: readonly (readonly [string, Refusal])[] = [
  ['80100000000', 'mobile.too_long'],
  ['1234567', 'mobile.invalid'],
  ['+682 1234', 'mobile.invalid'],
  ['+12345 12345 12345 6', 'mobile.too_long'],
];

/** `invalid_uk_landlines`: numbers no one can send to. */
export const invalidUkLandlines = [
  '0400 123 4567',
  '0600 123 4567',
  '0300 46 46',
  '0800 11 12',
  '0845 46 31',
  '0845 46 46',
  '0900 123 4567',
] as const;

/** `valid_uk_landlines`: real numbers, but not mobiles, so refused for text messages unless landlines are allowed. */
export const validUkLandlines = [
  '0117 496 0860',
  '0044 117 496 0860',
  '44 117 496 0860',
  '+44 117 496 0860',
  '016064 1234',
  '020 7946 0991',
  '030 1234 5678',
  '0550 123 4567',
] as const;

/** `test_validate_normalised_succeeds`: forgiving a stray `+` or leading zeros (landlines allowed: some are). */
export const forgivenNumbers = [
  ['+07044123456', '447044123456'],
  ['0+44(0)7779123456', '447779123456'],
  ['0+447988123456', '447988123456'],
  ['00447911123456', '447911123456'],
  ['04407379123456', '447379123456'],
  ['0447300123456', '447300123456'],
  ['000007392123456', '447392123456'],
  ['0007465123456', '447465123456'],
  ['007341123456', '447341123456'],
  ['001708123456', '441708123456'],
  ['+01158123456', '441158123456'],
  ['+01323123456', '441323123456'],
  ['+03332123456', '443332123456'],
  ['+04915161123456', '4915161123456'],
] as const;

/** `test_validate_normalised_fails`: numbers Notify once sent to that libphonenumber refuses. */
export const refusedOldNumbers: readonly (readonly [string, Refusal])[] = [
  ['(07417)4123456', 'mobile.too_long'],
  ['(06)25123456', 'mobile.invalid'],
  ['+00263 71123456', 'mobile.invalid'],
  ['+0065951123456', 'mobile.too_long'],
  ['00129123456', 'mobile.invalid'],
  ['003570123456', 'mobile.invalid'],
  ['0038097123456', 'mobile.too_long'],
  ['00407833123456', 'mobile.too_long'],
  ['0041903123456', 'mobile.invalid'],
  ['005915209123456', 'mobile.too_long'],
  ['00617584123456', 'mobile.invalid'],
  ['0064 495123456', 'mobile.invalid'],
  ['00667123456', 'mobile.invalid'],
  ['0092363123456', 'mobile.invalid'],
  ['009677337123456', 'mobile.too_long'],
  ['047354123456', 'mobile.too_long'],
  ['0049 160 123456', 'mobile.invalid'],
];

/** `test_tv_number_passes`: Ofcom's numbers for drama, which libphonenumber does not know. */
export const dramaNumbers = [
  ['07700900010', '447700900010'],
  ['447700900020', '447700900020'],
  ['+447700900030', '447700900030'],
] as const;

/** `test_international_does_not_normalise_to_uk_number`: not UK, and the service does not send abroad. */
export const notUkNumbers = ['+14158961600', '+3225484211', '+1 202-483-3000', '+7 495 308-78-41', '+74953087842'] as const;

/** `valid_channel_island_numbers`: Jersey mobiles, accepted with numbers abroad allowed and landlines not. */
export const channelIslandNumbers = ['+447797292290', '+447797333214'] as const;

/** `test_validation_fails_for_unsupported_country_codes`: Ascension Island (247) is not a country Notify sends to. */
export const unsupportedCountry = '24741111';

/** `test_rejects_invalid_international_phone_numbers`: 87 does not start a French number. */
export const invalidFrench = '0033877123456';

/** `test_instantiating_phonenumber_raises_if_unparseable_characters` (the cases not marked xfail). */
export const unparseable = ['abcd', '079OO900123'] as const;
