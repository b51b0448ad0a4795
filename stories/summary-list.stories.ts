import type { Meta } from '@storybook/web-components-vite';
import { summaryListAttributes } from '@civicbricks/elements';
import { summaryListExamples as examples } from '../packages/elements/examples/summary-list.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Content/Summary list', component: 'civic-summary-list', render: renderElement('civic-summary-list') };
export default meta;

export const Default = storyFrom(examples, 'Default', summaryListAttributes);
export const WithoutActionsAndBorders = storyFrom(examples, 'Without actions and borders', summaryListAttributes);
export const SomeRowsWithActions = storyFrom(examples, 'Some rows with actions', summaryListAttributes);
export const SummaryCard = storyFrom(examples, 'Summary card', summaryListAttributes);
export const SummaryCardWithOneActionAndHeadingLevel3 = storyFrom(
  examples,
  'Summary card with one action and heading level 3',
  summaryListAttributes,
);
export const Welsh = storyFrom(examples, 'Welsh', summaryListAttributes);
