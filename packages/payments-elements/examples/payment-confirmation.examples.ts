import type { Example } from '../../elements/examples/types.js';
import type { PaymentConfirmationOptions } from '../src/index.js';

export const paymentConfirmationExamples: readonly Example<PaymentConfirmationOptions>[] = [
  { name: 'Whole pounds', options: { reference: 'WASTE-7Q4X9', amount: 9000 } },
  {
    name: 'Pounds and pence',
    options: {
      reference: 'WASTE-2K8M1',
      amount: 10125,
      nextSteps: 'We will collect your bulky waste within 10 working days. We will text you the day before.',
    },
  },
  { name: 'Welsh', lang: 'cy', options: { reference: 'GWASTRAFF-5T3R7', amount: 1125 } },
];
