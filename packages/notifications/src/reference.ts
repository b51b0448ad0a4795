/**
 * References travel to GOV.UK Notify and show up in its logs and dashboards,
 * so they must never carry personal data. This check refuses the common
 * mistakes: an email address, a phone number or a postcode in the reference.
 * Use a random reference (`generateReference` from `@civicbricks/core/reference`)
 * or an internal record id.
 */
import { ValidationError } from '@civicbricks/core/errors';
import { createTranslator } from '@civicbricks/core/i18n';
import { notificationMessages } from './messages.js';

/** Notify's own limit is generous; ours keeps references short enough to read in a log line. */
export const MAX_REFERENCE_LENGTH = 100;

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
// A UK postcode anywhere, not glued to other letters or digits: "SW1A 1AA", "m11ae".
const POSTCODE = /(?<![A-Z0-9])(?:GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})(?![A-Z0-9])/i;
// A UK number (07…, 01…, +44…, 0044…) or any international number, with the usual separators.
const PHONE = /(?:\+|\b00|\b0|\b44)[\d\s()]{8,}\d/;
// Record ids are fine: a UUID's digit runs are not phone numbers.
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const DESCRIBED: Readonly<Record<PersonalDataKind, string>> = {
  'email address': 'an email address',
  'phone number': 'a phone number',
  postcode: 'a postcode',
};

export type PersonalDataKind = 'email address' | 'phone number' | 'postcode';

/** What personal data `reference` looks like it holds, if any. */
export function referencePersonalData(input: string): PersonalDataKind | undefined {
  const reference = input.replace(UUID, '_');
  if (EMAIL.test(reference)) return 'email address';
  if (POSTCODE.test(reference)) return 'postcode';
  const match = PHONE.exec(reference);
  if (match) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length >= 10 && digits.length <= 15) return 'phone number';
  }
  return undefined;
}

/**
 * Returns `reference` if it is safe to send to Notify.
 *
 * @throws {ValidationError} `notifications.reference_personal_data` when it looks
 *   like an email address, phone number or postcode; `notifications.invalid_reference`
 *   when it is empty, too long or has control characters.
 */
export function assertSafeReference(reference: unknown, path: readonly (string | number)[] = ['reference']): string {
  if (typeof reference !== 'string' || reference.trim() === '' || reference.length > MAX_REFERENCE_LENGTH || /\p{Cc}/u.test(reference)) {
    throw new ValidationError(
      'notifications.invalid_reference',
      `The reference must be 1 to ${MAX_REFERENCE_LENGTH} characters with no control characters`,
      { path },
    );
  }
  const kind = referencePersonalData(reference);
  if (kind) {
    const t = createTranslator(notificationMessages, 'en');
    throw new ValidationError('notifications.reference_personal_data', t('error.referencePersonalData', { kind: DESCRIBED[kind] }), {
      path,
    });
  }
  return reference;
}
