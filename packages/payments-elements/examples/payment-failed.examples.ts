import type { Example } from '../../elements/examples/types.js';
import type { PaymentFailedOptions } from '../src/index.js';

const tryAgainHref = '/garden-waste/pay';

export const paymentFailedExamples: readonly Example<PaymentFailedOptions>[] = [
  { name: 'Declined', options: { code: 'P0010', tryAgainHref } },
  { name: 'Expired', options: { code: 'P0020', tryAgainHref } },
  { name: 'Cancelled by the user', options: { code: 'P0030', tryAgainHref } },
  { name: 'Cancelled by the service', options: { code: 'P0040', tryAgainHref } },
  { name: 'Error', options: { code: 'P0050', tryAgainHref } },
  { name: 'Welsh declined', lang: 'cy', options: { code: 'P0010', tryAgainHref } },
];
