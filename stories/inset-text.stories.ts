import type { Meta } from '@storybook/web-components-vite';
import { insetTextAttributes } from '@civicbricks/elements';
import { insetTextExamples as examples } from '../packages/elements/examples/inset-text.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Content/Inset text', component: 'civic-inset-text', render: renderElement('civic-inset-text') };
export default meta;

export const Default = storyFrom(examples, 'Default', insetTextAttributes);
export const WithId = storyFrom(examples, 'With id', insetTextAttributes);
export const Welsh = storyFrom(examples, 'Welsh', insetTextAttributes);
