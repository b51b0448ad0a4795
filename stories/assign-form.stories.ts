import type { Meta } from '@storybook/web-components-vite';
import '../packages/cases-elements/src/define.js';
import { assignFormAttributes } from '../packages/cases-elements/src/index.js';
import { assignFormExamples as examples } from '../packages/cases-elements/examples/assign-form.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Cases/Assign form',
  component: 'civic-assign-form',
  render: renderElement('civic-assign-form'),
};
export default meta;

export const NotAssigned = storyFrom(examples, 'Not assigned', assignFormAttributes);
export const ManagerReassigning = storyFrom(examples, 'Manager reassigning', assignFormAttributes);
export const NobodyChosen = storyFrom(examples, 'Nobody chosen', assignFormAttributes);
export const Welsh = storyFrom(examples, 'Welsh', assignFormAttributes);
