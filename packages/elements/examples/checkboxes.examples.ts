import type { CheckboxesOptions } from '../src/index.js';
import type { Example } from './types.js';

export const checkboxesExamples: readonly Example<CheckboxesOptions>[] = [
  {
    name: 'Default',
    options: {
      name: 'nationality',
      idPrefix: 'nationality',
      fieldset: { legend: { text: 'What is your nationality?', size: 'l', isPageHeading: true } },
      hint: 'If you have dual nationality, select all options that are relevant to you',
      items: [
        { value: 'british', text: 'British' },
        { value: 'irish', text: 'Irish' },
        { value: 'other', text: 'Citizen of another country' },
      ],
    },
  },
  {
    name: 'With item hints and values',
    options: {
      name: 'bins',
      idPrefix: 'bins',
      fieldset: { legend: { text: 'Which bins were not collected?', size: 'm' } },
      values: ['recycling', 'garden'],
      items: [
        { value: 'general', text: 'General waste', hint: 'The black or grey bin' },
        { value: 'recycling', text: 'Recycling', hint: 'The blue bin or boxes' },
        { value: 'garden', text: 'Garden waste', hint: 'The green bin, if you pay for garden waste collection' },
      ],
    },
  },
  {
    name: 'With “none” option',
    options: {
      name: 'countries',
      idPrefix: 'countries',
      fieldset: { legend: { text: 'Will you be travelling to any of these countries?', size: 'm' } },
      hint: 'Select all countries that apply',
      items: [
        { value: 'france', text: 'France' },
        { value: 'portugal', text: 'Portugal' },
        { value: 'spain', text: 'Spain' },
        { divider: true },
        { value: 'none', text: 'No, I will not be travelling to any of these countries', behaviour: 'exclusive' },
      ],
    },
  },
  {
    name: 'Conditional reveal',
    options: {
      name: 'contact',
      idPrefix: 'contact',
      fieldset: { legend: { text: 'How would you like to be contacted?', size: 'm' } },
      hint: 'Select all that apply',
      values: ['text'],
      items: [
        { value: 'email', text: 'Email', conditional: { text: 'We will email the address you gave on the last page.' } },
        { value: 'text', text: 'Text message', conditional: { text: 'We will text the mobile number you gave on the last page.' } },
        { value: 'post', text: 'Post' },
      ],
    },
  },
  {
    name: 'Small, with error message',
    options: {
      name: 'support',
      idPrefix: 'support',
      fieldset: { legend: { text: 'What help do you need with your application?', size: 's' } },
      errorMessage: 'Select the help you need, or select ‘I do not need help’',
      small: true,
      items: [
        { value: 'reading', text: 'Reading the questions' },
        { value: 'forms', text: 'Filling in forms' },
        { divider: 'or' },
        { value: 'none', text: 'I do not need help', behaviour: 'exclusive' },
      ],
    },
  },
  {
    name: 'Welsh, with “none” option and error message',
    lang: 'cy',
    options: {
      name: 'budd-daliadau',
      idPrefix: 'budd-daliadau',
      fieldset: { legend: { text: 'Pa fudd-daliadau ydych chi’n eu cael?' } },
      errorMessage: 'Dewiswch y budd-daliadau rydych chi’n eu cael, neu dewiswch ‘Dim un o’r rhain’',
      items: [
        { value: 'credyd-cynhwysol', text: 'Credyd Cynhwysol' },
        { value: 'credyd-pensiwn', text: 'Credyd Pensiwn' },
        { divider: true },
        { value: 'dim', text: 'Dim un o’r rhain', behaviour: 'exclusive' },
      ],
    },
  },
];
