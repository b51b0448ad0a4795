import { createSandboxProvider } from '../src/index.js';
import { createGovUkPayProvider } from '../src/govuk-pay/index.js';
import { manualClock, runPaymentConformance } from './conformance.js';
import { startFakePay } from './support/fake-pay.js';

runPaymentConformance('sandbox', async () => {
  const time = manualClock();
  const sandbox = createSandboxProvider({ clock: time.clock });
  return {
    provider: sandbox,
    async payWithCard(paymentId, cardNumber) {
      await sandbox.startPayment(paymentId);
      await sandbox.submitCard(paymentId, { cardNumber, expiryMonth: 12, expiryYear: 2030, cvc: '123', cardholderName: 'Sam Jones' });
    },
    async cancelAsUser(paymentId) {
      await sandbox.cancelByUser(paymentId);
    },
    advance: time.advance,
    async tearDown() {},
  };
});

const API_KEY = 'api_test_conformance0000000000000000000000000000000000000000';

runPaymentConformance('GOV.UK Pay adapter against the fake GOV.UK Pay', async () => {
  const time = manualClock();
  const fake = await startFakePay({ apiKeys: [API_KEY], clock: time.clock });
  const provider = createGovUkPayProvider({ apiKey: API_KEY, baseUrl: fake.url, sleep: async () => undefined });
  return {
    provider,
    async payWithCard(paymentId, cardNumber) {
      fake.pay(paymentId, cardNumber);
    },
    async cancelAsUser(paymentId) {
      fake.cancelAsUser(paymentId);
    },
    advance: time.advance,
    async tearDown() {
      try {
        fake.assertNoViolations();
      } finally {
        await fake.close();
      }
    },
  };
});
