import { createStore, type Store } from '@civicbricks/storage';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSandboxProvider, RefundNotAvailableError, type SandboxProvider } from '../src/index.js';
import { createGovUkPayProvider } from '../src/govuk-pay/index.js';
import { createPaymentLedger, PAYMENTS_COLLECTION, type PaymentLedger } from '../src/records/index.js';
import { createPayWebhookHandler } from '../src/webhooks/index.js';
import { manualClock } from './conformance.js';
import { startFakePay, type FakePay } from './support/fake-pay.js';

const basket = (basketId = 'basket-7Q4X9') => ({
  basketId,
  amount: 5000,
  reference: 'PP-7Q4X9',
  description: 'Parking permit',
  returnUrl: 'https://council.example.gov.uk/parking/paid',
  email: 'resident@example.com',
});

const card = (cardNumber: string) => ({ cardNumber, expiryMonth: 12, expiryYear: 2030, cvc: '123', cardholderName: 'Sam Jones' });

let store: Store;
let sandbox: SandboxProvider;
let ledger: PaymentLedger;

beforeEach(async () => {
  store = await createStore({ adapter: 'memory' });
  sandbox = createSandboxProvider({ clock: manualClock().clock });
  ledger = createPaymentLedger({ store, provider: sandbox });
});
afterEach(async () => {
  await store.close();
});

describe('the payment ledger', () => {
  it('records a payment before asking the provider, then what the provider made, with audit entries', async () => {
    const { record, nextUrl, created } = await ledger.start(basket());
    expect(created).toBe(true);
    expect(record.id).toBe('basket-7Q4X9-1');
    expect(record.data).toMatchObject({ status: 'created', attempt: 1, amount: 5000, provider: 'sandbox' });
    expect(nextUrl).toBe(record.data.nextUrl);
    expect(nextUrl).toContain(record.data.paymentId);
    const audit = await store.audit.list({ collection: PAYMENTS_COLLECTION, recordId: record.id });
    expect(audit.map((entry) => entry.action)).toEqual(['payment.requested', 'payment.created']);
    expect((await store.verifyAuditChain()).ok).toBe(true);
  });

  it('never makes a second payment for a basket that has one open or paid', async () => {
    const first = await ledger.start(basket());
    const again = await Promise.all([ledger.start(basket()), ledger.start(basket())]);
    expect(again.map((result) => [result.record.id, result.created])).toEqual([
      [first.record.id, false],
      [first.record.id, false],
    ]);
    await sandbox.submitCard(first.record.data.paymentId!, card('4444333322221111'));
    await ledger.confirm(first.record.id);
    expect((await ledger.start(basket())).record.id).toBe(first.record.id);
    expect((await sandbox.searchPayments({ reference: 'PP-7Q4X9' })).total).toBe(1);
  });

  it('makes a new attempt after a declined card, and keeps both on record', async () => {
    const first = await ledger.start(basket());
    await sandbox.submitCard(first.record.data.paymentId!, card('4000000000000002'));
    expect((await ledger.confirm(first.record.id)).data).toMatchObject({ status: 'failed', code: 'P0010' });
    const second = await ledger.start(basket());
    expect(second.record.id).toBe('basket-7Q4X9-2');
    expect((await ledger.forBasket('basket-7Q4X9')).map((record) => record.data.status)).toEqual(['failed', 'created']);
  });

  it('keeps no card data and no email address, in the records or the audit log', async () => {
    const { record } = await ledger.start(basket());
    await sandbox.submitCard(record.data.paymentId!, card('4444333322221111'));
    await ledger.confirm(record.id);
    await ledger.refund({ recordId: record.id, amount: 100, actor: 'staff-17' });
    const everything = JSON.stringify([await ledger.list(), await store.audit.list({ limit: 1000 })]);
    for (const secret of ['4444333322221111', '444433', 'resident@example.com', 'Sam Jones', '"123"'])
      expect(everything).not.toContain(secret);
  });

  it('moves statuses forward only', async () => {
    const { record } = await ledger.start(basket());
    await sandbox.submitCard(record.data.paymentId!, card('4444333322221111'));
    const paid = await ledger.confirm(record.id);
    expect(paid.data.status).toBe('success');
    expect(paid.data.nextUrl).toBeNull();
    expect((await ledger.confirm(record.id)).version).toBe(paid.version);
  });

  it('refunds in part, refuses more than is left, and refuses an unpaid payment', async () => {
    const { record } = await ledger.start(basket());
    await expect(ledger.refund({ recordId: record.id, amount: 100, actor: 'staff-17' })).rejects.toBeInstanceOf(RefundNotAvailableError);
    await sandbox.submitCard(record.data.paymentId!, card('4444333322221111'));
    await ledger.confirm(record.id);
    const refunded = await ledger.refund({ recordId: record.id, amount: 3800, actor: 'staff-17' });
    expect(refunded.data.refunds).toEqual([expect.objectContaining({ amount: 3800, status: 'submitted', actor: 'staff-17' })]);
    await expect(ledger.refund({ recordId: record.id, amount: 1201, actor: 'staff-18' })).rejects.toThrow(
      'You can refund at most £12 of this payment',
    );
    const audit = await store.audit.list({ recordId: record.id });
    expect(audit.map((entry) => entry.action)).toContain('payment.refunded');
  });

  it('twenty refunds at once never refund more than was paid', async () => {
    const { record } = await ledger.start(basket());
    await sandbox.submitCard(record.data.paymentId!, card('4444333322221111'));
    await ledger.confirm(record.id);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) => ledger.refund({ recordId: record.id, amount: 1000, actor: `staff-${n}` })),
    );
    const ok = results.filter((result) => result.status === 'fulfilled').length;
    expect(ok).toBeGreaterThanOrEqual(1);
    const ours = (await ledger.get(record.id)).data.refunds
      .filter((entry) => entry.status !== 'error')
      .reduce((sum, entry) => sum + entry.amount, 0);
    const theirs = (await sandbox.listRefunds(record.data.paymentId!)).reduce((sum, refund) => sum + refund.amount, 0);
    expect(ours).toBeLessThanOrEqual(5000);
    expect(theirs).toBe(ours);
  });
});

describe('the ledger with GOV.UK Pay when answers are lost', () => {
  const API_KEY = 'api_test_ledger000000000000000000000000000000000000000000000';
  let fake: FakePay;
  beforeEach(async () => {
    fake = await startFakePay({ apiKeys: [API_KEY] });
  });
  afterEach(async () => {
    try {
      fake.assertNoViolations();
    } finally {
      await fake.close();
    }
  });

  it('a create whose answer and look-up both failed stays "creating", and recover() finds the payment', async () => {
    const pay = createGovUkPayProvider({ apiKey: API_KEY, baseUrl: fake.url, maxAttempts: 1, sleep: async () => undefined });
    const payLedger = createPaymentLedger({ store, provider: pay });
    fake.inject('create', 'drop');
    fake.inject('search', 'server-error');
    await expect(payLedger.start(basket())).rejects.toMatchObject({ retryable: true });
    expect(fake.payments.size).toBe(1);
    expect((await payLedger.get('basket-7Q4X9-1')).data.status).toBe('creating');
    const report = await payLedger.recover();
    expect(report.created).toBe(1);
    const record = await payLedger.get('basket-7Q4X9-1');
    expect(record.data.paymentId).toBe([...fake.payments.keys()][0]);
    expect(record.data.status).toBe('created');
    expect(fake.payments.size).toBe(1);
  });

  it('a refund whose answer was lost stays pending, then recover() settles it from the provider', async () => {
    const pay = createGovUkPayProvider({ apiKey: API_KEY, baseUrl: fake.url, maxAttempts: 1, sleep: async () => undefined });
    const payLedger = createPaymentLedger({ store, provider: pay });
    const { record } = await payLedger.start(basket());
    fake.pay(record.data.paymentId!, '4444333322221111');
    await payLedger.confirm(record.id);
    fake.inject('refund', 'drop');
    await expect(payLedger.refund({ recordId: record.id, amount: 700, actor: 'staff-1' })).rejects.toMatchObject({ retryable: true });
    await expect(payLedger.refund({ recordId: record.id, amount: 700, actor: 'staff-1' })).rejects.toMatchObject({
      code: 'payments.refund_in_progress',
    });
    expect((await payLedger.recover()).refundsSettled).toBe(1);
    const refunds = (await payLedger.get(record.id)).data.refunds;
    expect(refunds).toEqual([expect.objectContaining({ amount: 700, status: 'success' })]);
    expect(refunds[0]?.refundId).toBe(fake.payments.get(record.data.paymentId!)?.refunds[0]?.refund_id);
  });
});

describe('the ledger fed by GOV.UK Pay webhooks', () => {
  const API_KEY = 'api_test_webhooks0000000000000000000000000000000000000000000';
  const SECRET = 'webhook_test_ledger-secret';

  it('duplicated and reordered messages only prompt GETs: the record moves forward once to what GOV.UK Pay says', async () => {
    const fake = await startFakePay({ apiKeys: [API_KEY], signingSecret: SECRET });
    try {
      const payLedger = createPaymentLedger({ store, provider: createGovUkPayProvider({ apiKey: API_KEY, baseUrl: fake.url }) });
      const { record } = await payLedger.start(basket());
      fake.pay(record.data.paymentId!, '4444333322221111');
      const handle = createPayWebhookHandler({
        signingSecret: SECRET,
        onEvent: async (event) => void (await payLedger.confirmPayment(event.paymentId)),
        currentStatus: async (paymentId) => {
          const found = (await payLedger.list()).find((each) => each.data.paymentId === paymentId);
          return found && found.data.status !== 'creating' && found.data.status !== 'refused' ? found.data.status : undefined;
        },
      });
      const messages = fake.webhooks(record.data.paymentId!);
      expect(messages).toHaveLength(4);
      // Newest first, each twice, and one forged.
      const deliveries = [...messages].reverse().flatMap((message) => [message, message]);
      const results = [];
      for (const message of deliveries) results.push(await handle(message.body, { 'pay-signature': message.signature }));
      results.push(await handle(messages[0]!.body, { 'pay-signature': messages[1]!.signature }));
      expect(results.map((result) => result.statusCode)).toEqual([...Array(8).fill(200), 401]);
      expect(results.filter((result) => result.body.result === 'duplicate')).toHaveLength(4);
      const final = await payLedger.get(record.id);
      expect(final.data.status).toBe('success');
      const actions = (await store.audit.list({ recordId: record.id })).map((entry) => [entry.action, entry.metadata['to']]);
      expect(actions).toEqual([
        ['payment.requested', undefined],
        ['payment.created', 'created'],
        ['payment.status_changed', 'success'],
      ]);
      fake.assertNoViolations();
    } finally {
      await fake.close();
    }
  });
});
