import { ValidationError } from '@civicbricks/core/errors';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSandboxProvider, findTestCard, passesLuhn, PaymentStateError, TEST_CARDS } from '../src/index.js';
import { manualClock } from './conformance.js';

const card = { expiryMonth: 12, expiryYear: 30, cvc: '123', cardholderName: 'Sam Jones' };

async function newPayment(language: 'en' | 'cy' = 'en') {
  const sandbox = createSandboxProvider({ clock: manualClock().clock, cardPageUrl: 'https://council.example.gov.uk/pay/card/' });
  const { payment } = await sandbox.createPayment({
    amount: 1000,
    reference: 'BB-1',
    description: 'Blue badge',
    returnUrl: 'https://council.example.gov.uk/done',
    language,
  });
  return { sandbox, payment };
}

function refusal(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('the sandbox card check', () => {
  it('refuses a number that could be a real card, saying this is a test service (English and Welsh)', async () => {
    const realLooking = '4111111111111111';
    expect(passesLuhn(realLooking)).toBe(true);
    const en = refusal(() => findTestCard(realLooking));
    expect(en.code).toBe('payments.sandbox.not_a_test_card');
    expect(en.path).toEqual(['cardNumber']);
    expect(en.message).toContain('This is a test service');
    expect(en.message).not.toContain(realLooking);
    expect(refusal(() => findTestCard(realLooking, 'cy')).message).toContain('Gwasanaeth prawf');

    const { sandbox, payment } = await newPayment('cy');
    const error = await sandbox.submitCard(payment.paymentId, { ...card, cardNumber: realLooking }).catch((e: unknown) => e);
    expect((error as ValidationError).message).toContain('Gwasanaeth prawf');
    expect((await sandbox.getPayment(payment.paymentId)).status).toBe('created');
  });

  it('refuses what is not a card number at all', () => {
    for (const input of ['4444333322221112', '1234', 'four four', '']) {
      expect(refusal(() => findTestCard(input)).code).toBe('payments.sandbox.invalid_card_number');
    }
  });

  it('accepts the test cards with spaces and hyphens, as a person types them', () => {
    expect(findTestCard('4444 3333 2222 1111').number).toBe('4444333322221111');
    expect(findTestCard('4000-0000-0000-0002').outcome).toEqual({ result: 'declined', code: 'P0010', reason: 'declined' });
    expect(TEST_CARDS.every((testCard) => passesLuhn(testCard.number))).toBe(true);
  });

  it('Luhn catches every single changed digit (property)', () => {
    const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 18 });
    fc.assert(
      fc.property(digits, fc.nat(), fc.integer({ min: 1, max: 9 }), (body, at, shift) => {
        const partial = body.join('');
        const check = [...'0123456789'].find((digit) => passesLuhn(partial + digit));
        expect(check).toBeDefined();
        const number = partial + check;
        const index = at % number.length;
        const changed = number.slice(0, index) + String((Number(number[index]) + shift) % 10) + number.slice(index + 1);
        expect(passesLuhn(changed)).toBe(false);
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});

describe('the sandbox payment page steps', () => {
  it('points nextUrl at the card page and keeps only what GOV.UK Pay would return of the card', async () => {
    const { sandbox, payment } = await newPayment();
    expect(payment.nextUrl).toBe(`https://council.example.gov.uk/pay/card/${payment.paymentId}`);
    expect((await sandbox.startPayment(payment.paymentId)).status).toBe('started');
    const { payment: paid, outcome } = await sandbox.submitCard(payment.paymentId, {
      ...card,
      cardNumber: '4444 3333 2222 1111',
      cvc: '987',
    });
    expect(outcome).toEqual({ result: 'success' });
    expect(paid.card).toEqual({
      cardBrand: 'Visa',
      firstDigitsCardNumber: '444433',
      lastDigitsCardNumber: '1111',
      expiryDate: '12/30',
      cardType: 'credit',
    });
    const everything = JSON.stringify([paid, await sandbox.getPaymentEvents(payment.paymentId), await sandbox.searchPayments()]);
    expect(everything).not.toContain('4444333322221111');
    expect(everything).not.toContain('987');
  });

  it('refuses card details twice, an expiry in the past and a missing security code', async () => {
    const { sandbox, payment } = await newPayment();
    await expect(
      sandbox.submitCard(payment.paymentId, { ...card, cardNumber: '4444333322221111', expiryYear: 2020 }),
    ).rejects.toMatchObject({
      code: 'payments.sandbox.card_expiry_past',
      name: 'ValidationError',
    });
    await expect(sandbox.submitCard(payment.paymentId, { ...card, cardNumber: '4444333322221111', cvc: '' })).rejects.toMatchObject({
      path: ['cvc'],
    });
    await sandbox.submitCard(payment.paymentId, { ...card, cardNumber: '4444333322221111' });
    await expect(sandbox.submitCard(payment.paymentId, { ...card, cardNumber: '4444333322221111' })).rejects.toBeInstanceOf(
      PaymentStateError,
    );
    await expect(sandbox.cancelByUser(payment.paymentId)).rejects.toBeInstanceOf(PaymentStateError);
  });
});
