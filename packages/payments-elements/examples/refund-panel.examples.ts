import type { Example } from '../../elements/examples/types.js';
import type { RefundPanelOptions } from '../src/index.js';

const action = '/staff/payments/WASTE-7Q4X9/refund';

export const refundPanelExamples: readonly Example<RefundPanelOptions>[] = [
  { name: 'Nothing refunded yet', options: { action, paymentReference: 'WASTE-7Q4X9', amountPaid: 10125, amountAvailable: 10125 } },
  { name: 'Partly refunded', options: { action, paymentReference: 'WASTE-7Q4X9', amountPaid: 10125, amountAvailable: 1200 } },
  {
    name: 'Amount refused',
    options: {
      action,
      paymentReference: 'WASTE-7Q4X9',
      amountPaid: 10125,
      amountAvailable: 1200,
      value: '20',
      errorMessage: 'Enter an amount up to £12',
    },
  },
  { name: 'Refunded in full', options: { action, paymentReference: 'WASTE-7Q4X9', amountPaid: 10125, amountAvailable: 0 } },
  { name: 'Welsh', lang: 'cy', options: { action, paymentReference: 'GWASTRAFF-5T3R7', amountPaid: 4500, amountAvailable: 4500 } },
];
