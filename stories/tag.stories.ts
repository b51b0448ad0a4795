import type { Meta } from '@storybook/web-components-vite';
import { tagAttributes } from '@civicbricks/elements';
import { tagExamples as examples } from '../packages/elements/examples/tag.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Content/Tag', component: 'civic-tag', render: renderElement('civic-tag') };
export default meta;

export const Default = storyFrom(examples, 'Default', tagAttributes);
export const Grey = storyFrom(examples, 'Grey', tagAttributes);
export const Green = storyFrom(examples, 'Green', tagAttributes);
export const Teal = storyFrom(examples, 'Teal', tagAttributes);
export const Purple = storyFrom(examples, 'Purple', tagAttributes);
export const Magenta = storyFrom(examples, 'Magenta', tagAttributes);
export const Red = storyFrom(examples, 'Red', tagAttributes);
export const Orange = storyFrom(examples, 'Orange', tagAttributes);
export const Yellow = storyFrom(examples, 'Yellow', tagAttributes);
export const Welsh = storyFrom(examples, 'Welsh', tagAttributes);
