import { createStore } from '@civicbricks/storage';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createSandboxProvider } from '../src/index.js';
import { createPaymentLedger, PAYMENTS_COLLECTION, reconcile } from '../src/records/index.js';

const card = { expiryMonth: 12, expiryYear: 2030, cvc: '123', cardholderName: 'A' };
const payment = (n: number, reference = `PK-${n}`) => ({
  basketId: `permit-${n}`,
  amount: 3000,
  reference,
  description: 'Parking permit',
  returnUrl: 'https://council.example.gov.uk/paid',
});

describe('reconciliation', () => {
  it('reports each kind of difference as rows and CSV, and changes nothing', async () => {
    const store = await createStore({ adapter: 'memory' });
    try {
      const sandbox = createSandboxProvider();
      const ledger = createPaymentLedger({ store, provider: sandbox });
      const fine = await ledger.start(payment(1));
      await sandbox.submitCard(fine.record.data.paymentId!, { ...card, cardNumber: '4444333322221111' });
      await ledger.confirm(fine.record.id);
      // Paid at the provider, but the return page never confirmed it here.
      const unconfirmed = await ledger.start(payment(2, '=HYPERLINK("x")'));
      await sandbox.submitCard(unconfirmed.record.data.paymentId!, { ...card, cardNumber: '4444333322221111' });
      // Made at the provider by something else entirely.
      const stray = await sandbox.createPayment({ amount: 999, reference: 'PK-X', description: 'x', returnUrl: 'https://a.example/r' });
      // Our record altered after the fact.
      const altered = await ledger.start(payment(3));
      const current = await ledger.get(altered.record.id);
      await store.collection(PAYMENTS_COLLECTION, z.any()).update(current.id, current.version, { ...current.data, amount: 3100 });

      const before = JSON.stringify(await ledger.list());
      const report = await reconcile(ledger, sandbox, { fromDate: '2000-01-01T00:00:00Z', toDate: '2100-01-01T00:00:00Z' });
      expect(report.recordsChecked).toBe(3);
      expect(report.paymentsChecked).toBe(4);
      expect(report.mismatches.map((row) => [row.kind, row.recordId ?? row.paymentId])).toEqual([
        ['status_differs', unconfirmed.record.id],
        ['amount_differs', altered.record.id],
        ['missing_in_records', stray.payment.paymentId],
      ]);
      expect(report.csv.split('\r\n')[0]).toBe('kind,recordId,paymentId,reference,ourAmount,theirAmount,ourStatus,theirStatus');
      expect(report.csv).toContain(
        `status_differs,${unconfirmed.record.id},${unconfirmed.record.data.paymentId},"'=HYPERLINK(""x"")",3000,3000,created,success`,
      );
      expect(report.csv).toContain(`amount_differs,${altered.record.id},${altered.record.data.paymentId},PK-3,3100,3000,created,created`);
      expect(report.csv).toContain(`missing_in_records,,${stray.payment.paymentId},PK-X,,999,,created`);
      expect(JSON.stringify(await ledger.list())).toBe(before);
    } finally {
      await store.close();
    }
  });

  it('refuses dates that are not dates', async () => {
    const store = await createStore({ adapter: 'memory' });
    const sandbox = createSandboxProvider();
    await expect(
      reconcile(createPaymentLedger({ store, provider: sandbox }), sandbox, { fromDate: 'yesterday', toDate: '2100-01-01T00:00:00Z' }),
    ).rejects.toMatchObject({
      path: ['fromDate'],
    });
    await store.close();
  });
});
