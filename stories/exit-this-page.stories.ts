import type { Meta } from '@storybook/web-components-vite';
import { exitThisPageAttributes } from '@civicbricks/elements';
import { exitThisPageExamples as examples } from '../packages/elements/examples/exit-this-page.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = {
  title: 'Page furniture/Exit this page',
  component: 'civic-exit-this-page',
  render: renderElement('civic-exit-this-page'),
};
export default meta;

export const Default = storyFrom(examples, 'Default', exitThisPageAttributes);
export const CustomTextAndPage = storyFrom(examples, 'Custom text and page', exitThisPageAttributes);
export const Welsh = storyFrom(examples, 'Welsh', exitThisPageAttributes);
