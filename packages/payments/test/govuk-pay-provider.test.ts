import { inspect } from 'node:util';
import { type CivicError, NotFoundError, UnavailableError, ValidationError } from '@civicbricks/core/errors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PaymentStateError, RefundAmountMismatchError, RefundNotAvailableError, type PaymentProvider } from '../src/index.js';
import {
  createGovUkPayProvider,
  REQUEST_MARKER_KEY,
  redactApiKey,
  type GovUkPayLogEntry,
  type GovUkPayProviderOptions,
} from '../src/govuk-pay/index.js';
import { startFakePay, type FakePay } from './support/fake-pay.js';
import { rejection } from '../../../tests/support/rejection.js';

// The client's timeout where a test holds an answer back: far above a real answer on a busy machine, so the
// only timeout the test sees is the one it injected.
const SLOW_ANSWER_MS = 2_000;

const API_KEY = 'api_test_4k9v2n8q7r6t5y4u3i2o1p0a9s8d7f6g5h4j3k2l1z0x9c8v7b6n5m4';

let fake: FakePay;
let sleeps: number[];
let logs: GovUkPayLogEntry[];

beforeEach(async () => {
  fake = await startFakePay({ apiKeys: [API_KEY] });
  sleeps = [];
  logs = [];
});
afterEach(async () => {
  try {
    fake.assertNoViolations();
  } finally {
    await fake.close();
  }
});

function provider(options: Partial<GovUkPayProviderOptions> = {}): PaymentProvider {
  return createGovUkPayProvider({
    apiKey: API_KEY,
    baseUrl: fake.url,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    logger: (entry) => logs.push(entry),
    ...options,
  });
}

const blueBadge = (reference = 'BB-7Q4X9') => ({
  amount: 1000,
  reference,
  description: 'Blue badge application',
  returnUrl: 'https://council.example.gov.uk/blue-badge/paid',
});

describe('the fake checks requests against the published contract', () => {
  it('records a deviation for a body field the API does not know, a bad header and a missing Bearer', async () => {
    const headers = { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' };
    await fetch(`${fake.url}/v1/payments`, { method: 'POST', headers, body: JSON.stringify({ ...blueBadge(), returnUrl: 'x' }) });
    await fetch(`${fake.url}/v1/payments`, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': 'not allowed!' },
      body: JSON.stringify({ amount: 1, reference: 'r', description: 'd', return_url: 'https://a.example' }),
    });
    await fetch(`${fake.url}/v1/payments/abc`, { headers: { authorization: API_KEY } });
    await fetch(`${fake.url}/v1/payments?colour=blue`, { headers });
    expect(fake.violations).toHaveLength(4);
    expect(fake.violations[0]).toContain('returnUrl: is not a property the API knows');
    expect(fake.violations[0]).toContain('return_url: is required');
    expect(fake.violations[1]).toContain('Idempotency-Key');
    expect(fake.violations[2]).toContain('Bearer');
    expect(fake.violations[3]).toContain('colour');
    expect(() => fake.assertNoViolations()).toThrow(/published contract/);
    fake.violations.length = 0;
  });
});

describe('creating a payment', () => {
  it('sends the body GOV.UK Pay documents, with Bearer auth and an Idempotency-Key', async () => {
    const { payment, recovered } = await provider().createPayment({
      ...blueBadge(),
      language: 'cy',
      metadata: { ledger: 'BB01', fund: 42 },
      email: 'resident@example.com',
      prefilledCardholderDetails: { cardholderName: 'Sam Jones', billingAddress: { line1: '1 High Street', postcode: 'CF10 1AA' } },
      delayedCapture: true,
      idempotencyKey: 'basket-1',
    });
    expect(recovered).toBe(false);
    const request = fake.requests[0]!;
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.headers['idempotency-key']).toBe('basket-1');
    expect(request.body).toEqual({
      amount: 1000,
      reference: 'BB-7Q4X9',
      description: 'Blue badge application',
      return_url: 'https://council.example.gov.uk/blue-badge/paid',
      language: 'cy',
      metadata: { ledger: 'BB01', fund: 42, [REQUEST_MARKER_KEY]: 'basket-1' },
      email: 'resident@example.com',
      prefilled_cardholder_details: { cardholder_name: 'Sam Jones', billing_address: { line1: '1 High Street', postcode: 'CF10 1AA' } },
      delayed_capture: true,
    });
    expect(payment).toMatchObject({
      amount: 1000,
      status: 'created',
      finished: false,
      language: 'cy',
      delayedCapture: true,
      metadata: { ledger: 'BB01', fund: 42 },
      refundSummary: { status: 'pending', amountAvailable: 1000, amountSubmitted: 0 },
    });
    expect(payment.nextUrl).toBe(`${fake.url}/secure/${payment.paymentId}`);
    expect(fake.payments.size).toBe(1);
  });

  it('validates before sending anything', async () => {
    const error = (await rejection(provider().createPayment({ ...blueBadge(), amount: 10_000_001 }))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.path).toEqual(['amount']);
    expect(fake.requests).toHaveLength(0);
  });

  it('turns GOV.UK Pay 422 into a ValidationError naming the field in our terms', async () => {
    // Two capital letters pass our check; GOV.UK Pay knows which of them are countries.
    const error = (await rejection(
      provider().createPayment({ ...blueBadge(), prefilledCardholderDetails: { billingAddress: { country: 'ZZ' } } }),
    )) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.code).toBe('payments.govuk_pay.P0102');
    expect(error.path).toEqual(['prefilledCardholderDetails', 'billingAddress', 'country']);
    expect(error.message).toContain('country');
    expect(fake.requests).toHaveLength(1);
  });

  it('retries 429 (P0900) and 500 with growing, jittered waits, then succeeds once', async () => {
    fake.inject('create', 'rate-limit', 'server-error');
    const { payment, recovered } = await provider().createPayment(blueBadge());
    expect(payment.status).toBe('created');
    expect(recovered).toBe(false);
    expect(fake.payments.size).toBe(1);
    // random() is 0.5: half of the 500 ms and 1 000 ms ceilings.
    expect(sleeps).toEqual([250, 500]);
    expect(logs.map((entry) => [entry.outcome, entry.payCode])).toEqual([
      [429, 'P0900'],
      [500, 'P0198'],
      // A 500 may come after the payment was made, so it is looked for before trying again.
      [200, undefined],
      [201, undefined],
    ]);
  });

  it('after a dropped answer, finds the payment it made by reference and does not make another', async () => {
    fake.inject('create', 'drop');
    const { payment, recovered } = await provider().createPayment(blueBadge());
    expect(recovered).toBe(true);
    expect(fake.payments.size).toBe(1);
    expect([...fake.payments.keys()]).toEqual([payment.paymentId]);
    const operations = fake.requests.map((request) => request.operation);
    expect(operations).toEqual(['create', 'search', 'get']);
    expect(fake.requests[1]?.path).toBe('/v1/payments?reference=BB-7Q4X9');
  });

  it('with an idempotency key too long for metadata, recognises its payment by amount, description and return URL', async () => {
    const key = 'k'.repeat(150);
    fake.inject('create', 'drop');
    const { payment, recovered } = await provider().createPayment({ ...blueBadge(), idempotencyKey: key });
    expect(recovered).toBe(true);
    expect(fake.payments.size).toBe(1);
    expect(fake.requests[0]?.body).not.toHaveProperty('metadata');
    expect(payment.paymentId).toBe([...fake.payments.keys()][0]);
  });

  it('does not mistake another payment with the same reference for its own', async () => {
    const first = await provider().createPayment(blueBadge());
    fake.inject('create', 'error-after');
    const second = await provider().createPayment(blueBadge());
    expect(second.recovered).toBe(true);
    expect(second.payment.paymentId).not.toBe(first.payment.paymentId);
    expect(fake.payments.size).toBe(2);
  });

  it('when the search lags, the retry with the same Idempotency-Key gets the same payment back (200)', async () => {
    fake.inject('create', 'timeout');
    fake.inject('search', 'stale');
    const { payment, recovered } = await provider({ timeoutMs: SLOW_ANSWER_MS }).createPayment(blueBadge());
    expect(recovered).toBe(true);
    expect(fake.payments.size).toBe(1);
    expect(payment.paymentId).toBe([...fake.payments.keys()][0]);
    const creates = fake.requests.filter((request) => request.operation === 'create');
    expect(creates).toHaveLength(2);
    expect(creates[0]?.headers['idempotency-key']).toBe(creates[1]?.headers['idempotency-key']);
    expect(creates[1]?.outcome).toBe(200);
  });

  it('gives up with a retryable UnavailableError when GOV.UK Pay keeps failing, having made nothing', async () => {
    fake.inject('create', 'server-error', 'server-error', 'server-error', 'server-error');
    const error = (await rejection(provider().createPayment(blueBadge()))) as UnavailableError;
    expect(error).toBeInstanceOf(UnavailableError);
    expect(error.retryable).toBe(true);
    expect(fake.payments.size).toBe(0);
    expect(fake.requests.filter((request) => request.operation === 'create')).toHaveLength(4);
  });
});

describe('the API key', () => {
  it('is refused with 401 as a typed error that shows only a redacted form, and is not retried', async () => {
    const wrongKey = 'api_live_wrongwrongwrongwrongwrongwrongwrongwrongwrongwrong';
    const error = (await rejection(provider({ apiKey: wrongKey }).getPayment('abc123'))) as CivicError;
    expect(error.code).toBe('payments.govuk_pay.auth');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain(redactApiKey(wrongKey));
    expect(error.message).toContain('api_live_');
    expect(fake.requests).toHaveLength(1);
    for (const shown of [error.message, JSON.stringify(error), inspect(error, { depth: 5 }), String(error.stack)]) {
      expect(shown).not.toContain('wrongwrong');
    }
  });

  it('never appears in logs, errors after a dropped connection, or when the provider is printed', async () => {
    const pay = provider({ maxAttempts: 2 });
    const { payment } = await pay.createPayment(blueBadge());
    fake.inject('get', 'drop', 'drop');
    const error = (await rejection(pay.getPayment(payment.paymentId))) as UnavailableError;
    expect(error.code).toBe('payments.govuk_pay.unreachable');
    const secret = API_KEY.slice('api_test_'.length);
    for (const shown of [inspect(error, { depth: 10 }), JSON.stringify(error), JSON.stringify(logs), inspect(pay), JSON.stringify(pay)]) {
      expect(shown).not.toContain(secret);
    }
    expect(inspect(pay)).toContain('api_test_[redacted');
  });

  it('must be given, without "Bearer"', () => {
    expect(() => createGovUkPayProvider({ apiKey: '' })).toThrow(ValidationError);
    expect(() => createGovUkPayProvider({ apiKey: `Bearer ${API_KEY}` })).toThrow(/without "Bearer"/);
  });
});

describe('reading, cancelling and capturing', () => {
  it('reads a payment as it moves, with the card summary GOV.UK Pay returns and its events', async () => {
    const pay = provider();
    const { payment } = await pay.createPayment(blueBadge());
    fake.pay(payment.paymentId, '4444333322221111');
    const paid = await pay.getPayment(payment.paymentId);
    expect(paid).toMatchObject({ status: 'success', finished: true, nextUrl: null, code: null });
    expect(paid.card).toMatchObject({ cardBrand: 'Visa', lastDigitsCardNumber: '1111', firstDigitsCardNumber: '444433' });
    expect(JSON.stringify(paid)).not.toContain('4444333322221111');
    const events = await pay.getPaymentEvents(payment.paymentId);
    expect(events.map((event) => event.status)).toEqual(['created', 'started', 'submitted', 'success']);
  });

  it('retries a GET through a 500 and a timeout', async () => {
    const pay = provider({ timeoutMs: SLOW_ANSWER_MS });
    const { payment } = await pay.createPayment(blueBadge());
    fake.inject('get', 'server-error', 'timeout');
    await expect(pay.getPayment(payment.paymentId)).resolves.toMatchObject({ status: 'created' });
    expect(logs.filter((entry) => entry.method === 'GET').map((entry) => entry.outcome)).toEqual([500, 'timeout', 200]);
  });

  it('404 is a NotFoundError', async () => {
    await expect(provider().getPayment('nosuchpayment')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('cancels a payment that has not finished (P0040) and refuses to cancel a finished one', async () => {
    const pay = provider();
    const { payment } = await pay.createPayment(blueBadge());
    await pay.cancelPayment(payment.paymentId);
    expect(await pay.getPayment(payment.paymentId)).toMatchObject({ status: 'cancelled', code: 'P0040', finished: true });
    await expect(pay.cancelPayment(payment.paymentId)).rejects.toBeInstanceOf(PaymentStateError);
  });

  it('a cancel whose answer was lost is confirmed by the GET, not reported as a failure', async () => {
    const pay = provider();
    const { payment } = await pay.createPayment(blueBadge());
    fake.inject('cancel', 'drop');
    await pay.cancelPayment(payment.paymentId);
    expect(fake.payments.get(payment.paymentId)?.status).toBe('cancelled');
  });

  it('captures a delayed-capture payment once it is capturable', async () => {
    const pay = provider();
    const { payment } = await pay.createPayment({ ...blueBadge(), delayedCapture: true });
    await expect(pay.capturePayment(payment.paymentId)).rejects.toBeInstanceOf(PaymentStateError);
    fake.pay(payment.paymentId, '4242424242424242');
    expect((await pay.getPayment(payment.paymentId)).status).toBe('capturable');
    fake.inject('capture', 'error-after');
    await pay.capturePayment(payment.paymentId);
    expect((await pay.getPayment(payment.paymentId)).status).toBe('success');
  });

  it('searches by reference and status with the documented query parameters', async () => {
    const pay = provider();
    const a = await pay.createPayment(blueBadge('GW-1'));
    await pay.createPayment(blueBadge('GW-2'));
    fake.pay(a.payment.paymentId, '4444333322221111');
    const found = await pay.searchPayments({ reference: 'GW-1', status: 'success', displaySize: 10, fromDate: '2020-01-01T00:00:00Z' });
    expect(found.total).toBe(1);
    expect(found.results[0]?.paymentId).toBe(a.payment.paymentId);
    expect(fake.requests.at(-1)?.path).toBe('/v1/payments?reference=GW-1&state=success&from_date=2020-01-01T00%3A00%3A00Z&display_size=10');
  });
});

describe('refunds', () => {
  async function paid(pay: PaymentProvider, amount = 2500) {
    const { payment } = await pay.createPayment({ ...blueBadge(), amount });
    fake.pay(payment.paymentId, '4444333322221111');
    return payment.paymentId;
  }

  it('sends refund_amount_available as GOV.UK Pay requires, and lists the refunds', async () => {
    const pay = provider();
    const id = await paid(pay);
    const { refund } = await pay.refundPayment({ paymentId: id, amount: 1300, refundAmountAvailable: 2500 });
    expect(refund).toMatchObject({ amount: 1300, status: 'submitted', paymentId: id });
    expect(fake.requests.at(-1)?.body).toEqual({ amount: 1300, refund_amount_available: 2500 });
    expect((await pay.getPayment(id)).refundSummary).toEqual({ status: 'available', amountAvailable: 1200, amountSubmitted: 1300 });
    const refunds = await pay.listRefunds(id);
    expect(refunds.map((each) => [each.amount, each.status])).toEqual([[1300, 'success']]);
  });

  it('reads the amount available first when the caller does not give it', async () => {
    const pay = provider();
    const id = await paid(pay);
    await pay.refundPayment({ paymentId: id, amount: 500 });
    expect(fake.requests.at(-1)?.body).toEqual({ amount: 500, refund_amount_available: 2500 });
  });

  it('412 (P0604) is a RefundAmountMismatchError with the amount left, in words a caseworker can act on', async () => {
    const pay = provider();
    const id = await paid(pay);
    await pay.refundPayment({ paymentId: id, amount: 1300, refundAmountAvailable: 2500 });
    const error = (await rejection(
      pay.refundPayment({ paymentId: id, amount: 1300, refundAmountAvailable: 2500 }),
    )) as RefundAmountMismatchError;
    expect(error).toBeInstanceOf(RefundAmountMismatchError);
    expect(error.amountAvailable).toBe(1200);
    expect(error.message).toBe('This payment was refunded by someone else: £12 is left to refund');
    expect(error.messageIn('cy')).toContain('£12');
    expect(fake.requests.some((request) => request.outcome === 412)).toBe(true);
    expect(fake.payments.get(id)?.refunds).toHaveLength(1);
  });

  it('a refund whose answer was lost is found, not made twice', async () => {
    const pay = provider();
    const id = await paid(pay);
    fake.inject('refund', 'drop');
    const { refund, recovered } = await pay.refundPayment({ paymentId: id, amount: 700, refundAmountAvailable: 2500 });
    expect(recovered).toBe(true);
    expect(refund.amount).toBe(700);
    expect(fake.payments.get(id)?.refunds).toHaveLength(1);
  });

  it('a refund refused with 500 before anything happened is retried and made once', async () => {
    const pay = provider();
    const id = await paid(pay);
    fake.inject('refund', 'server-error');
    const { recovered } = await pay.refundPayment({ paymentId: id, amount: 700, refundAmountAvailable: 2500 });
    expect(recovered).toBe(false);
    expect(fake.payments.get(id)?.refunds.map((refund) => refund.amount)).toEqual([700]);
  });

  it('refuses more than is left, and a payment that has not succeeded', async () => {
    const pay = provider();
    const id = await paid(pay, 1000);
    await expect(pay.refundPayment({ paymentId: id, amount: 1001, refundAmountAvailable: 1000 })).rejects.toThrow(
      'You can refund at most £10 of this payment',
    );
    const { payment } = await pay.createPayment(blueBadge('BB-2'));
    await expect(pay.refundPayment({ paymentId: payment.paymentId, amount: 100, refundAmountAvailable: 1000 })).rejects.toBeInstanceOf(
      RefundNotAvailableError,
    );
  });
});
