import type { Meta } from '@storybook/web-components-vite';
import '../packages/cases-elements/src/define.js';
import { timelineAttributes } from '../packages/cases-elements/src/index.js';
import { timelineExamples as examples } from '../packages/cases-elements/examples/timeline.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Cases/Timeline',
  component: 'civic-timeline',
  render: renderElement('civic-timeline'),
};
export default meta;

export const ACasesHistory = storyFrom(examples, 'A case’s history', timelineAttributes);
export const DatesOnly = storyFrom(examples, 'Dates only', timelineAttributes);
export const NothingRecordedYet = storyFrom(examples, 'Nothing recorded yet', timelineAttributes);
export const Welsh = storyFrom(examples, 'Welsh', timelineAttributes);
