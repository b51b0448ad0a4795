import type { Meta } from '@storybook/web-components-vite';
import { skipLinkAttributes } from '@civicbricks/elements';
import { skipLinkExamples as examples } from '../packages/elements/examples/skip-link.examples.js';
import { renderElement, storyFrom } from './support.js';

/** The link shows only when focused: press Tab in the story to see it. */
const meta: Meta = { title: 'Navigation/Skip link', component: 'civic-skip-link', render: renderElement('civic-skip-link') };
export default meta;

export const Default = storyFrom(examples, 'Default', skipLinkAttributes);
export const CustomTargetAndText = storyFrom(examples, 'Custom target and text', skipLinkAttributes);
export const Welsh = storyFrom(examples, 'Welsh', skipLinkAttributes);
