import type { Meta } from '@storybook/web-components-vite';
import { textareaAttributes } from '@civicbricks/elements';
import { textareaExamples as examples } from '../packages/elements/examples/textarea.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Form controls/Textarea', component: 'civic-textarea', render: renderElement('civic-textarea') };
export default meta;

export const Default = storyFrom(examples, 'Default', textareaAttributes);
export const AsPageHeadingWithHint = storyFrom(examples, 'As page heading, with hint', textareaAttributes);
export const WithErrorMessage = storyFrom(examples, 'With error message', textareaAttributes);
export const WithValueAndCustomRows = storyFrom(examples, 'With value and custom rows', textareaAttributes);
export const WelshWithErrorMessage = storyFrom(examples, 'Welsh, with error message', textareaAttributes);
