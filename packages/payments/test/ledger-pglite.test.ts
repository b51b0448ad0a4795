/**
 * The ledger on PGlite, the embedded default store (one instance for this
 * file): the migrations apply, and a payment goes from basket to refund to
 * reconciliation with the audit chain intact.
 */
import { createStore, type Store } from '@civicbricks/storage';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSandboxProvider, parseFeeSchedule, priceBasket } from '../src/index.js';
import { createPaymentLedger, paymentsMigrations, reconcile } from '../src/records/index.js';

let store: Store;
beforeAll(async () => {
  store = await createStore({ adapter: 'pglite', migrations: [paymentsMigrations] });
});
afterAll(async () => {
  await store?.close();
});

it('takes a basket, confirms, refunds and reconciles on PGlite', async () => {
  const sandbox = createSandboxProvider();
  const ledger = createPaymentLedger({ store, provider: sandbox });
  const schedule = parseFeeSchedule({
    id: 'garden-waste',
    version: 1,
    items: [{ id: 'bin', description: { en: 'Garden waste bin' }, amount: 4500, quantity: { question: 'bins', max: 5 } }],
  });
  const basket = priceBasket(schedule, { bins: 2 });
  const { record, nextUrl } = await ledger.start({
    basketId: 'gw-2027-1',
    amount: basket.total,
    reference: 'GW-1',
    description: 'Garden waste 2027',
    returnUrl: 'https://council.example.gov.uk/paid',
    basket,
  });
  expect(nextUrl).toContain(record.data.paymentId);
  expect(
    (
      await ledger.start({
        basketId: 'gw-2027-1',
        amount: 9000,
        reference: 'GW-1',
        description: 'Garden waste 2027',
        returnUrl: 'https://council.example.gov.uk/paid',
      })
    ).created,
  ).toBe(false);
  await sandbox.submitCard(record.data.paymentId!, {
    cardNumber: '4242424242424242',
    expiryMonth: 1,
    expiryYear: 2031,
    cvc: '123',
    cardholderName: 'A',
  });
  expect((await ledger.confirmPayment(record.data.paymentId!)).data.status).toBe('success');
  await ledger.refund({ recordId: record.id, amount: 4500, actor: 'staff-3' });
  await expect(ledger.refund({ recordId: record.id, amount: 4501, actor: 'staff-4' })).rejects.toThrow(
    'You can refund at most £45 of this payment',
  );
  const report = await reconcile(ledger, sandbox, { fromDate: '2000-01-01T00:00:00Z', toDate: '2100-01-01T00:00:00Z' });
  expect(report.mismatches).toEqual([]);
  expect(report.csv).toBe('kind,recordId,paymentId,reference,ourAmount,theirAmount,ourStatus,theirStatus\r\n');
  expect((await store.audit.list({ recordId: record.id })).map((entry) => entry.action)).toEqual([
    'payment.requested',
    'payment.created',
    'payment.status_changed',
    'payment.refund_requested',
    'payment.refunded',
  ]);
  expect((await store.verifyAuditChain()).ok).toBe(true);
}, 60_000);
