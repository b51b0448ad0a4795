import type { Meta } from '@storybook/web-components-vite';
import { selectAttributes } from '@civicbricks/elements';
import { selectExamples as examples } from '../packages/elements/examples/select.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Form controls/Select', component: 'civic-select', render: renderElement('civic-select') };
export default meta;

export const Default = storyFrom(examples, 'Default', selectAttributes);
export const WithHintAndDisabledOption = storyFrom(examples, 'With hint and disabled option', selectAttributes);
export const WithErrorMessage = storyFrom(examples, 'With error message', selectAttributes);
export const WelshWithErrorMessage = storyFrom(examples, 'Welsh, with error message', selectAttributes);
