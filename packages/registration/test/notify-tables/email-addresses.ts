/**
 * Email addresses as GOV.UK Notify's own tests accept and refuse them.
 *
 * Source (written out by hand from what the tests assert; no code copied): alphagov/notifications-utils
 * `tests/recipient_validation/test_email_address.py` at d17f2955 (`valid_email_addresses`,
 * `invalid_email_addresses`, `test_validate_email_address_strips_whitespace`), checked against
 * `notifications_utils/recipient_validation/email_address.py` at 0f73bc9a.
 */
export const validEmailAddresses = [
  'email@domain.com',
  'email@domain.COM',
  'firstname.lastname@domain.com',
  "firstname.o'lastname@domain.com",
  'email@subdomain.domain.com',
  'firstname+lastname@domain.com',
  '1234567890@domain.com',
  'email@domain-one.com',
  '_______@domain.com',
  'email@domain.name',
  'email@domain.superlongtld',
  'email@domain.co.jp',
  'firstname-lastname@domain.com',
  'info@german-financial-services.vermögensberatung',
  'info@german-financial-services.reallylongarbitrarytldthatiswaytoohugejustincase',
  'japanese-info@例え.テスト',
  'email@double--hyphen.com',
] as const;

export const invalidEmailAddresses = [
  'email@123.123.123.123',
  'email@[123.123.123.123]',
  'plainaddress',
  '@no-local-part.com',
  'Outlook Contact <outlook-contact@domain.com>',
  'no-at.domain.com',
  'no-tld@domain',
  ';beginning-semicolon@domain.co.uk',
  'middle-semicolon@domain.co;uk',
  'trailing-semicolon@domain.com;',
  '"email+leading-quotes@domain.com',
  'email+middle"-quotes@domain.com',
  '"quoted-local-part"@domain.com',
  '"quoted@domain.com"',
  'lots-of-dots@domain..gov..uk',
  'two-dots..in-local@domain.com',
  'multiple@domains@domain.com',
  'spaces in local@domain.com',
  'spaces-in-domain@dom ain.com',
  'underscores-in-domain@dom_ain.com',
  'pipe-in-domain@example.com|gov.uk',
  'comma,in-local@gov.uk',
  'comma-in-domain@domain,gov.uk',
  'pound-sign-in-local£@domain.com',
  'local-with-\u2019-apostrophe@domain.com',
  'local-with-\u201D-quotes@domain.com',
  'domain-starts-with-a-dot@.domain.com',
  'brackets(in)local@domain.com',
  `email-too-long-${'a'.repeat(320)}@example.com`,
  'incorrect-punycode@xn---something.com',
] as const;

/** Each is `email@domain.com` once Notify has stripped it. */
export const strippedEmailAddresses = [
  ' email@domain.com ',
  '\temail@domain.com',
  '\temail@domain.com\n',
  '\u200bemail@domain.com\u200b',
] as const;
