import type { Meta } from '@storybook/web-components-vite';
import { detailsAttributes } from '@civicbricks/elements';
import { detailsExamples as examples } from '../packages/elements/examples/details.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Content/Details', component: 'civic-details', render: renderElement('civic-details') };
export default meta;

export const Default = storyFrom(examples, 'Default', detailsAttributes);
export const Open = storyFrom(examples, 'Open', detailsAttributes);
export const Welsh = storyFrom(examples, 'Welsh', detailsAttributes);
