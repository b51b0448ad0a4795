import type { Meta } from '@storybook/web-components-vite';
import { dateInputAttributes } from '@civicbricks/elements';
import { dateInputExamples as examples } from '../packages/elements/examples/date-input.examples.js';
import { renderElement, storyFrom } from './support.js';

const meta: Meta = { title: 'Form controls/Date input', component: 'civic-date-input', render: renderElement('civic-date-input') };
export default meta;

export const Default = storyFrom(examples, 'Default', dateInputAttributes);
export const DateOfBirthWithValues = storyFrom(examples, 'Date of birth, with values', dateInputAttributes);
export const WithErrorMessage = storyFrom(examples, 'With error message', dateInputAttributes);
export const WithErrorOnTheYearOnly = storyFrom(examples, 'With error on the year only', dateInputAttributes);
export const WelshDateOfBirthWithErrorOnMonth = storyFrom(examples, 'Welsh, date of birth with error on month', dateInputAttributes);
