/**
 * Payments through the real GOV.UK Pay adapter and the ledger, against the fake
 * GOV.UK Pay injecting faults at random (fixed seed): lost answers after the
 * work was done, 500s, 429s, timeouts, a lagging search. Paying users press
 * "Pay" again when something fails and try another card when one is declined.
 * Afterwards, with the faults off, `recover()` runs and the result is compared
 * with what the fake holds. With `concurrency` 1 (the default) the same seed
 * gives the same run, fault for fault; more baskets at once interleave the draws.
 */
import { createStore } from '@civicbricks/storage';
import { createGovUkPayProvider } from '../../src/govuk-pay/index.js';
import { createPaymentLedger } from '../../src/records/index.js';
import { seededRandom } from '../../../storage/test/support/random.js';
import { startFakePay, type Fault, type Operation } from './fake-pay.js';

export interface FaultRunReport {
  readonly seed: number;
  readonly baskets: number;
  readonly paymentsAtProvider: number;
  readonly paidBaskets: number;
  readonly faultsInjected: number;
  /** Baskets with more than one successful payment. Must be 0. */
  readonly doubleCharges: number;
  /** Payments the provider made that our records do not hold. Must be 0. */
  readonly lost: number;
  /** Records whose status differs from the provider's. Must be 0. */
  readonly disagreements: number;
  /** Requests that broke the published contract. Must be 0. */
  readonly violations: readonly string[];
}

const FAULTS: Readonly<Partial<Record<Operation, readonly (readonly [Fault, number])[]>>> = {
  create: [
    ['drop', 0.05],
    ['error-after', 0.04],
    ['server-error', 0.04],
    ['rate-limit', 0.04],
    ['timeout', 0.01],
  ],
  search: [
    ['stale', 0.15],
    ['server-error', 0.03],
  ],
  get: [
    ['server-error', 0.03],
    ['drop', 0.02],
    ['rate-limit', 0.02],
  ],
};

const API_KEY = 'api_test_faultrun000000000000000000000000000000000000000000000';

export async function runFaultRun(count: number, seed: number, concurrency = 1): Promise<FaultRunReport> {
  const random = seededRandom(seed);
  let faultsOn = true;
  let faultsInjected = 0;
  const fake = await startFakePay({
    apiKeys: [API_KEY],
    injectFault: (operation) => {
      if (!faultsOn) return undefined;
      const roll = random();
      let edge = 0;
      for (const [fault, chance] of FAULTS[operation] ?? []) {
        edge += chance;
        if (roll < edge) {
          faultsInjected += 1;
          return fault;
        }
      }
      return undefined;
    },
  });
  const store = await createStore({ adapter: 'memory' });
  try {
    const provider = createGovUkPayProvider({
      apiKey: API_KEY,
      baseUrl: fake.url,
      maxAttempts: 3,
      timeoutMs: 150,
      sleep: async () => undefined,
      random,
    });
    const ledger = createPaymentLedger({ store, provider });

    const payFor = async (n: number): Promise<void> => {
      const basket = {
        basketId: `basket-${n}`,
        amount: 100 + Math.floor(random() * 50_000),
        reference: `GW-${n}`,
        description: 'Garden waste collection',
        returnUrl: 'https://council.example.gov.uk/garden-waste/paid',
      };
      for (let press = 0; press < 4; press += 1) {
        let started;
        try {
          started = await ledger.start(basket);
        } catch {
          continue; // the paying user sees "try again" and presses Pay again
        }
        const { record } = started;
        if (record.data.status === 'success') return;
        if (record.data.status !== 'created' || record.data.paymentId === null) continue;
        const payment = fake.payments.get(record.data.paymentId);
        if (payment && payment.status === 'created')
          fake.pay(record.data.paymentId, random() < 0.8 ? '4444333322221111' : '4000000000000002');
        try {
          const confirmed = await ledger.confirm(record.id);
          if (confirmed.data.status === 'success') return;
        } catch {
          // The return page could not confirm: the next press (or recover) will.
        }
      }
    };

    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count) {
          const n = next;
          next += 1;
          await payFor(n);
        }
      }),
    );

    faultsOn = false;
    await ledger.recover();

    const records = await ledger.list();
    const byPaymentId = new Map(
      records.filter((record) => record.data.paymentId !== null).map((record) => [record.data.paymentId, record]),
    );
    const successesByBasket = new Map<string, number>();
    let lost = 0;
    let disagreements = 0;
    for (const payment of fake.payments.values()) {
      const record = byPaymentId.get(payment.id);
      if (!record) lost += 1;
      else if (record.data.status !== payment.status) disagreements += 1;
      if (payment.status === 'success') {
        const reference = String(payment.body['reference']);
        successesByBasket.set(reference, (successesByBasket.get(reference) ?? 0) + 1);
      }
    }
    return {
      seed,
      baskets: count,
      paymentsAtProvider: fake.payments.size,
      paidBaskets: successesByBasket.size,
      faultsInjected,
      doubleCharges: [...successesByBasket.values()].filter((successes) => successes > 1).length,
      lost,
      disagreements,
      violations: [...fake.violations],
    };
  } finally {
    await store.close();
    await fake.close();
  }
}
