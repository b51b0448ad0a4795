import type { Meta } from '@storybook/web-components-vite';
import '../packages/payments-elements/src/define.js';
import { paymentSummaryAttributes } from '../packages/payments-elements/src/index.js';
import { paymentSummaryExamples as examples } from '../packages/payments-elements/examples/payment-summary.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Payments/Payment summary',
  component: 'civic-payment-summary',
  render: renderElement('civic-payment-summary'),
};
export default meta;

export const OneItem = storyFrom(examples, 'One item', paymentSummaryAttributes);
export const SeveralItems = storyFrom(examples, 'Several items', paymentSummaryAttributes);
export const WithAConcession = storyFrom(examples, 'With a concession', paymentSummaryAttributes);
export const Welsh = storyFrom(examples, 'Welsh', paymentSummaryAttributes);
