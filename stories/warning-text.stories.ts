import type { Meta } from '@storybook/web-components-vite';
import { warningTextAttributes } from '@civicbricks/elements';
import { warningTextExamples as examples } from '../packages/elements/examples/warning-text.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Content/Warning text', component: 'civic-warning-text', render: renderElement('civic-warning-text') };
export default meta;

export const Default = storyFrom(examples, 'Default', warningTextAttributes);
export const CustomFallbackText = storyFrom(examples, 'Custom fallback text', warningTextAttributes);
export const Welsh = storyFrom(examples, 'Welsh', warningTextAttributes);
