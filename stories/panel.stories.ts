import type { Meta } from '@storybook/web-components-vite';
import { panelAttributes } from '@civicbricks/elements';
import { panelExamples as examples } from '../packages/elements/examples/panel.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Content/Panel', component: 'civic-panel', render: renderElement('civic-panel') };
export default meta;

export const Default = storyFrom(examples, 'Default', panelAttributes);
export const TitleOnly = storyFrom(examples, 'Title only', panelAttributes);
export const HeadingLevel2 = storyFrom(examples, 'Heading level 2', panelAttributes);
export const Welsh = storyFrom(examples, 'Welsh', panelAttributes);
