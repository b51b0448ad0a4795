import type { Meta } from '@storybook/web-components-vite';
import '../packages/cases-elements/src/define.js';
import { sideNavigationAttributes } from '../packages/cases-elements/src/index.js';
import { sideNavigationExamples as examples } from '../packages/cases-elements/examples/side-navigation.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Cases/Side navigation',
  component: 'civic-side-navigation',
  render: renderElement('civic-side-navigation'),
};
export default meta;

export const WorkQueues = storyFrom(examples, 'Work queues', sideNavigationAttributes);
export const InSections = storyFrom(examples, 'In sections', sideNavigationAttributes);
export const Welsh = storyFrom(examples, 'Welsh', sideNavigationAttributes);
