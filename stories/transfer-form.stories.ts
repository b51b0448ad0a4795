import type { Meta } from '@storybook/web-components-vite';
import '../packages/cases-elements/src/define.js';
import { transferFormAttributes } from '../packages/cases-elements/src/index.js';
import { transferFormExamples as examples } from '../packages/cases-elements/examples/transfer-form.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Cases/Transfer form',
  component: 'civic-transfer-form',
  render: renderElement('civic-transfer-form'),
};
export default meta;

export const Empty = storyFrom(examples, 'Empty', transferFormAttributes);
export const ReasonMissing = storyFrom(examples, 'Reason missing', transferFormAttributes);
export const BothMissing = storyFrom(examples, 'Both missing', transferFormAttributes);
export const Welsh = storyFrom(examples, 'Welsh', transferFormAttributes);
