import type { Meta } from '@storybook/web-components-vite';
import '../packages/payments-elements/src/define.js';
import { paymentConfirmationAttributes } from '../packages/payments-elements/src/index.js';
import { paymentConfirmationExamples as examples } from '../packages/payments-elements/examples/payment-confirmation.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Payments/Payment confirmation',
  component: 'civic-payment-confirmation',
  render: renderElement('civic-payment-confirmation'),
};
export default meta;

export const WholePounds = storyFrom(examples, 'Whole pounds', paymentConfirmationAttributes);
export const PoundsAndPence = storyFrom(examples, 'Pounds and pence', paymentConfirmationAttributes);
export const Welsh = storyFrom(examples, 'Welsh', paymentConfirmationAttributes);
