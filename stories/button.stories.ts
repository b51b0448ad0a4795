import type { Meta } from '@storybook/web-components-vite';
import { buttonAttributes } from '@civicbricks/elements';
import { buttonExamples as examples } from '../packages/elements/examples/button.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Actions/Button', component: 'civic-button', render: renderElement('civic-button') };
export default meta;

export const Default = storyFrom(examples, 'Default', buttonAttributes);
export const StartButton = storyFrom(examples, 'Start button', buttonAttributes);
export const Secondary = storyFrom(examples, 'Secondary', buttonAttributes);
export const Warning = storyFrom(examples, 'Warning', buttonAttributes);
export const Disabled = storyFrom(examples, 'Disabled', buttonAttributes);
export const PreventDoubleClick = storyFrom(examples, 'Prevent double click', buttonAttributes);
export const Welsh = storyFrom(examples, 'Welsh', buttonAttributes);
