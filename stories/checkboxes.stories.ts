import type { Meta } from '@storybook/web-components-vite';
import { checkboxesAttributes } from '@civicbricks/elements';
import { checkboxesExamples as examples } from '../packages/elements/examples/checkboxes.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Form controls/Checkboxes', component: 'civic-checkboxes', render: renderElement('civic-checkboxes') };
export default meta;

export const Default = storyFrom(examples, 'Default', checkboxesAttributes);
export const WithItemHintsAndValues = storyFrom(examples, 'With item hints and values', checkboxesAttributes);
export const WithNoneOption = storyFrom(examples, 'With “none” option', checkboxesAttributes);
export const ConditionalReveal = storyFrom(examples, 'Conditional reveal', checkboxesAttributes);
export const SmallWithErrorMessage = storyFrom(examples, 'Small, with error message', checkboxesAttributes);
export const WelshWithNoneOptionAndErrorMessage = storyFrom(examples, 'Welsh, with “none” option and error message', checkboxesAttributes);
