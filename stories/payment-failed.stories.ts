import type { Meta } from '@storybook/web-components-vite';
import '../packages/payments-elements/src/define.js';
import { paymentFailedAttributes } from '../packages/payments-elements/src/index.js';
import { paymentFailedExamples as examples } from '../packages/payments-elements/examples/payment-failed.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Payments/Payment failed',
  component: 'civic-payment-failed',
  render: renderElement('civic-payment-failed'),
};
export default meta;

export const Declined = storyFrom(examples, 'Declined', paymentFailedAttributes);
export const Expired = storyFrom(examples, 'Expired', paymentFailedAttributes);
export const CancelledByTheUser = storyFrom(examples, 'Cancelled by the user', paymentFailedAttributes);
export const CancelledByTheService = storyFrom(examples, 'Cancelled by the service', paymentFailedAttributes);
export const Error = storyFrom(examples, 'Error', paymentFailedAttributes);
export const WelshDeclined = storyFrom(examples, 'Welsh declined', paymentFailedAttributes);
