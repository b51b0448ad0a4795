import type { Meta } from '@storybook/web-components-vite';
import { radiosAttributes } from '@civicbricks/elements';
import { radiosExamples as examples } from '../packages/elements/examples/radios.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Form controls/Radios', component: 'civic-radios', render: renderElement('civic-radios') };
export default meta;

export const Default = storyFrom(examples, 'Default', radiosAttributes);
export const Inline = storyFrom(examples, 'Inline', radiosAttributes);
export const WithItemHintsDividerAndValue = storyFrom(examples, 'With item hints, divider and value', radiosAttributes);
export const ConditionalReveal = storyFrom(examples, 'Conditional reveal', radiosAttributes);
export const SmallWithErrorMessage = storyFrom(examples, 'Small, with error message', radiosAttributes);
export const WelshWithDividerAndErrorMessage = storyFrom(examples, 'Welsh, with divider and error message', radiosAttributes);
