import type { Meta } from '@storybook/web-components-vite';
import '../packages/payments-elements/src/define.js';
import { refundPanelAttributes } from '../packages/payments-elements/src/index.js';
import { refundPanelExamples as examples } from '../packages/payments-elements/examples/refund-panel.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Payments/Refund panel',
  component: 'civic-refund-panel',
  render: renderElement('civic-refund-panel'),
};
export default meta;

export const NothingRefundedYet = storyFrom(examples, 'Nothing refunded yet', refundPanelAttributes);
export const PartlyRefunded = storyFrom(examples, 'Partly refunded', refundPanelAttributes);
export const AmountRefused = storyFrom(examples, 'Amount refused', refundPanelAttributes);
export const RefundedInFull = storyFrom(examples, 'Refunded in full', refundPanelAttributes);
export const Welsh = storyFrom(examples, 'Welsh', refundPanelAttributes);
