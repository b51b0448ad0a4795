import type { Meta } from '@storybook/web-components-vite';
import '../packages/cases-elements/src/define.js';
import { caseSummaryAttributes } from '../packages/cases-elements/src/index.js';
import { caseSummaryExamples as examples } from '../packages/cases-elements/examples/case-summary.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Cases/Case summary',
  component: 'civic-case-summary',
  render: renderElement('civic-case-summary'),
};
export default meta;

export const AllocatedWithFlags = storyFrom(examples, 'Allocated with flags', caseSummaryAttributes);
export const Overdue = storyFrom(examples, 'Overdue', caseSummaryAttributes);
export const NotAllocated = storyFrom(examples, 'Not allocated', caseSummaryAttributes);
export const Decided = storyFrom(examples, 'Decided', caseSummaryAttributes);
export const Welsh = storyFrom(examples, 'Welsh', caseSummaryAttributes);
