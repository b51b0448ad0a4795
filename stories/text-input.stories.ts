import type { Meta } from '@storybook/web-components-vite';
import { textInputAttributes } from '@civicbricks/elements';
import { textInputExamples as examples } from '../packages/elements/examples/text-input.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Form controls/Text input', component: 'civic-text-input', render: renderElement('civic-text-input') };
export default meta;

export const Default = storyFrom(examples, 'Default', textInputAttributes);
export const WithHint = storyFrom(examples, 'With hint', textInputAttributes);
export const AsPageHeading = storyFrom(examples, 'As page heading', textInputAttributes);
export const WithErrorMessage = storyFrom(examples, 'With error message', textInputAttributes);
export const WithPrefixAndSuffix = storyFrom(examples, 'With prefix and suffix', textInputAttributes);
export const FluidWidthWithValue = storyFrom(examples, 'Fluid width with value', textInputAttributes);
export const WelshWithErrorMessage = storyFrom(examples, 'Welsh, with error message', textInputAttributes);
export const GovukOptionsHtmlHintClassesAttributesAndASuffixObject = storyFrom(
  examples,
  'GOV.UK options: html hint, classes, attributes and a suffix object',
  textInputAttributes,
);
