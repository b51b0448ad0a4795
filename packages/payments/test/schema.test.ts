import { ValidationError } from '@civicbricks/core/errors';
import { describe, expect, it } from 'vitest';
import { parseCreatePayment, parsePaymentId, parseRefund, parseSearch } from '../src/index.js';

const valid = {
  amount: 2500,
  reference: 'BB-7Q4X9',
  description: 'Blue badge application',
  returnUrl: 'https://council.example.gov.uk/blue-badge/paid',
};

function refusal(input: unknown): ValidationError {
  try {
    parseCreatePayment(input);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('the input of a payment', () => {
  it('accepts a payment with every optional field GOV.UK Pay takes', () => {
    const parsed = parseCreatePayment({
      ...valid,
      language: 'cy',
      metadata: { ledger_code: 'BB01', fund: 42, online: true },
      email: 'resident@example.com',
      prefilledCardholderDetails: {
        cardholderName: 'Sam Jones',
        billingAddress: { line1: '1 High Street', postcode: 'CF10 1AA', city: 'Cardiff', country: 'GB' },
      },
      delayedCapture: true,
      idempotencyKey: 'basket-123-attempt-1',
    });
    expect(parsed.language).toBe('cy');
    expect(parsed.metadata).toEqual({ ledger_code: 'BB01', fund: 42, online: true });
  });

  it.each([
    [{ amount: 0 }, ['amount'], 'at least 1p'],
    [{ amount: 10_000_001 }, ['amount'], '£100,000'],
    [{ amount: 12.5 }, ['amount'], 'whole number of pence'],
    [{ reference: 'x'.repeat(256) }, ['reference'], 'at most 255'],
    [{ reference: '' }, ['reference'], 'cannot be empty'],
    [{ description: 'd'.repeat(256) }, ['description'], 'at most 255'],
    [{ returnUrl: 'http://council.example.gov.uk/paid' }, ['returnUrl'], 'https'],
    [{ returnUrl: 'ftp://council.example.gov.uk/paid' }, ['returnUrl'], 'https'],
    [{ returnUrl: 'not a url' }, ['returnUrl'], 'https'],
    [{ language: 'fr' }, ['language'], '"en" or "cy"'],
    [{ metadata: {} }, ['metadata'], 'at least 1 key'],
    [{ metadata: Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`k${i}`, i])) }, ['metadata'], 'at most 15 keys'],
    [{ metadata: { ['k'.repeat(31)]: 'v' } }, ['metadata', 'k'.repeat(31)], '1 to 30 characters'],
    [{ metadata: { code: 'v'.repeat(101) } }, ['metadata', 'code'], 'at most 100 characters'],
    [{ email: 'not-an-email' }, ['email'], 'email address'],
    [
      { prefilledCardholderDetails: { billingAddress: { postcode: 'P'.repeat(26) } } },
      ['prefilledCardholderDetails', 'billingAddress', 'postcode'],
      '25',
    ],
    [{ delayedCapture: 'yes' }, ['delayedCapture'], 'boolean'],
    [{ idempotencyKey: 'has spaces' }, ['idempotencyKey'], 'letters, digits and hyphens'],
  ])('refuses %j, naming the field', (change, path, words) => {
    const error = refusal({ ...valid, ...change });
    expect(error.path).toEqual(path);
    expect(error.message).toContain(words);
    expect(error.code.startsWith('payments.create.')).toBe(true);
  });

  it('allows http only for localhost, for a developer machine', () => {
    expect(parseCreatePayment({ ...valid, returnUrl: 'http://localhost:3000/paid' }).returnUrl).toBe('http://localhost:3000/paid');
    expect(refusal({ ...valid, returnUrl: 'http://localhost.evil.example/paid' }).path).toEqual(['returnUrl']);
  });

  it('takes the limits exactly: 1p, £100,000, 255 characters, 15 keys', () => {
    expect(() => parseCreatePayment({ ...valid, amount: 1 })).not.toThrow();
    expect(() => parseCreatePayment({ ...valid, amount: 10_000_000 })).not.toThrow();
    expect(() => parseCreatePayment({ ...valid, reference: 'r'.repeat(255), description: 'd'.repeat(255) })).not.toThrow();
    const fifteen = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`${'k'.repeat(28)}${i}`.slice(-30), 'v'.repeat(100)]));
    expect(() => parseCreatePayment({ ...valid, metadata: fifteen })).not.toThrow();
  });

  it('refuses fields it does not know, and reports every problem at once', () => {
    const error = refusal({ amount: -1, description: 'x', returnUrl: 'http://example.com', card_number: '4444333322221111' });
    const paths = error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['amount', 'reference', 'returnUrl']));
    // The unknown field is named, but its value (here a card number) is never repeated.
    expect(error.issues.some((issue) => issue.message.includes('card_number'))).toBe(true);
    expect(JSON.stringify(error)).not.toContain('4444333322221111');
  });
});

describe('the other inputs', () => {
  it('checks payment ids, refunds and searches', () => {
    expect(parsePaymentId('hu20sqlact5260q2nanm0q8u93')).toBe('hu20sqlact5260q2nanm0q8u93');
    expect(() => parsePaymentId('../v1/payments')).toThrow(ValidationError);
    expect(parseRefund({ paymentId: 'abc123', amount: 500, refundAmountAvailable: 2500 }).amount).toBe(500);
    expect(() => parseRefund({ paymentId: 'abc123', amount: 0 })).toThrow(/at least 1p/);
    expect(parseSearch({ reference: 'BB-1', status: 'success', displaySize: 50 })).toMatchObject({ status: 'success' });
    expect(() => parseSearch({ status: 'capturable' })).toThrow(ValidationError);
    expect(() => parseSearch({ displaySize: 501 })).toThrow(ValidationError);
  });
});
