import type { Meta } from '@storybook/web-components-vite';
import { backLinkAttributes } from '@civicbricks/elements';
import { backLinkExamples as examples } from '../packages/elements/examples/back-link.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Navigation/Back link', component: 'civic-back-link', render: renderElement('civic-back-link') };
export default meta;

export const Default = storyFrom(examples, 'Default', backLinkAttributes);
export const CustomText = storyFrom(examples, 'Custom text', backLinkAttributes);
export const Welsh = storyFrom(examples, 'Welsh', backLinkAttributes);
