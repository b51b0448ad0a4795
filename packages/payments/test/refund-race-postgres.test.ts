/**
 * Refunds racing on a real PostgreSQL server (started for this file by the
 * storage brick's harness, or DATABASE_URL's): twenty caseworkers on two
 * connection pools, as two service processes would run, refund one payment
 * at once through the GOV.UK Pay adapter against the fake. The sum refunded
 * never passes the amount paid, in our records or at the provider.
 */
import { ConflictError } from '@civicbricks/core/errors';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RefundNotAvailableError } from '../src/index.js';
import { createGovUkPayProvider } from '../src/govuk-pay/index.js';
import { createPaymentLedger, paymentsMigrations, type PaymentLedger } from '../src/records/index.js';
import { describeOnPostgres, storesOnPostgres } from '../../storage/test/support/postgres-suite.js';
import { startFakePay, type FakePay } from './support/fake-pay.js';

const API_KEY = 'api_test_refundrace00000000000000000000000000000000000000000000';

describeOnPostgres('refunds racing on PostgreSQL', (pg) => {
  let fake: FakePay;
  const stores = storesOnPostgres(pg, 2, { schema: 'payments_race', poolSize: 5, migrations: [paymentsMigrations] });
  beforeAll(async () => {
    fake = await startFakePay({ apiKeys: [API_KEY] });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('20 concurrent refunds of one payment never refund more than was paid', async () => {
    const provider = createGovUkPayProvider({ apiKey: API_KEY, baseUrl: fake.url, sleep: async () => undefined });
    const ledgers: PaymentLedger[] = stores.map((store) => createPaymentLedger({ store, provider }));
    const [first] = ledgers as [PaymentLedger];
    const { record } = await first.start({
      basketId: 'licence-42',
      amount: 5000,
      reference: 'LIC-42',
      description: 'Street trading licence',
      returnUrl: 'https://council.example.gov.uk/licences/paid',
    });
    fake.pay(record.data.paymentId!, '4444333322221111');
    await first.confirm(record.id);

    // Each caseworker refunds £10 and, when told someone else is refunding, looks again and tries once more.
    let refused = 0;
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, async (_, n) => {
        const ledger = ledgers[n % 2]!;
        for (let tries = 0; tries < 50; tries += 1) {
          try {
            await ledger.refund({ recordId: record.id, amount: 1000, actor: `staff-${n}` });
            return 'refunded';
          } catch (error) {
            if (error instanceof RefundNotAvailableError) {
              refused += 1;
              return 'nothing left';
            }
            if (!(error instanceof ConflictError)) throw error;
          }
        }
        return 'gave up';
      }),
    );
    const final = await first.get(record.id);
    const ours = final.data.refunds.filter((entry) => entry.status !== 'error').reduce((sum, entry) => sum + entry.amount, 0);
    const theirs = fake.payments.get(record.data.paymentId!)!.refunds.reduce((sum, refund) => sum + refund.amount, 0);
    expect(ours).toBeLessThanOrEqual(5000);
    expect(theirs).toBe(ours);
    expect(outcomes.filter((outcome) => outcome === 'refunded')).toHaveLength(ours / 1000);
    expect(refused).toBe(outcomes.filter((outcome) => outcome === 'nothing left').length);
    // With enough tries every pound is refunded exactly once: five of the twenty succeed.
    expect(ours).toBe(5000);
    expect(final.data.refunds.filter((entry) => entry.status === 'pending')).toEqual([]);
    expect((await stores[0]!.verifyAuditChain()).ok).toBe(true);
    fake.assertNoViolations();
  }, 120_000);
});
