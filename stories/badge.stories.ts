import type { Meta } from '@storybook/web-components-vite';
import '../packages/cases-elements/src/define.js';
import { badgeAttributes } from '../packages/cases-elements/src/index.js';
import { badgeExamples as examples } from '../packages/cases-elements/examples/badge.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Cases/Badge',
  component: 'civic-badge',
  render: renderElement('civic-badge'),
};
export default meta;

export const Default = storyFrom(examples, 'Default', badgeAttributes);
export const Urgent = storyFrom(examples, 'Urgent', badgeAttributes);
export const Large = storyFrom(examples, 'Large', badgeAttributes);
export const CountWithHiddenText = storyFrom(examples, 'Count with hidden text', badgeAttributes);
export const Welsh = storyFrom(examples, 'Welsh', badgeAttributes);
