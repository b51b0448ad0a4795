/**
 * GOV.UK Pay's published sandbox test cards and what each one does. The
 * sandbox accepts these and nothing else: a number that could be a real card
 * (it passes the Luhn check) is refused, so no one can type their own card into
 * a test service by mistake.
 */
import { ValidationError } from '@civicbricks/core/errors';
import { createTranslator, type Locale } from '@civicbricks/core/i18n';
import { paymentMessages } from '../messages.js';
import { type FAILURE_CODES } from '../states.js';

/** What happens when a test card is used. */
export type TestCardOutcome =
  | { readonly result: 'success' }
  | { readonly result: 'declined'; readonly code: typeof FAILURE_CODES.rejected; readonly reason: 'declined' | 'expired' | 'cvc' }
  | { readonly result: 'error'; readonly code: typeof FAILURE_CODES.providerError };

export interface TestCard {
  readonly number: string;
  readonly brand: 'visa' | 'master-card';
  readonly type: 'debit' | 'credit';
  readonly outcome: TestCardOutcome;
}

export const TEST_CARDS: readonly TestCard[] = Object.freeze([
  { number: '4444333322221111', brand: 'visa', type: 'credit', outcome: { result: 'success' } },
  { number: '4242424242424242', brand: 'visa', type: 'debit', outcome: { result: 'success' } },
  { number: '4000000000000002', brand: 'visa', type: 'credit', outcome: { result: 'declined', code: 'P0010', reason: 'declined' } },
  { number: '4000000000000069', brand: 'visa', type: 'credit', outcome: { result: 'declined', code: 'P0010', reason: 'expired' } },
  { number: '4000000000000127', brand: 'visa', type: 'credit', outcome: { result: 'declined', code: 'P0010', reason: 'cvc' } },
  { number: '4000000000000119', brand: 'visa', type: 'credit', outcome: { result: 'error', code: 'P0050' } },
]);

/** True when the digits pass the Luhn check, as every real card number does. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * The test card a person typed (spaces and hyphens allowed, as on a card page).
 * @throws {ValidationError} `payments.sandbox.invalid_card_number` when it is not a card number,
 *   `payments.sandbox.not_a_test_card` when it could be a real card.
 */
export function findTestCard(input: string, locale: Locale = 'en'): TestCard {
  const t = createTranslator(paymentMessages, locale);
  const digits = typeof input === 'string' ? input.replace(/[\s-]/g, '') : '';
  if (!/^\d{12,19}$/.test(digits) || !passesLuhn(digits)) {
    throw new ValidationError('payments.sandbox.invalid_card_number', t('card.invalidNumber'), { path: ['cardNumber'] });
  }
  const card = TEST_CARDS.find((candidate) => candidate.number === digits);
  if (!card) throw new ValidationError('payments.sandbox.not_a_test_card', t('card.notTestCard'), { path: ['cardNumber'] });
  return card;
}
