import type { DateInputOptions } from '../src/index.js';
import type { Example } from './types.js';

export const dateInputExamples: readonly Example<DateInputOptions>[] = [
  {
    name: 'Default',
    options: {
      id: 'passport-issued',
      namePrefix: 'passport-issued',
      fieldset: { legend: { text: 'When was your passport issued?', size: 'l', isPageHeading: true } },
      hint: 'For example, 27 3 2007',
    },
  },
  {
    name: 'Date of birth, with values',
    options: {
      id: 'dob',
      namePrefix: 'dob',
      fieldset: { legend: { text: 'What is your date of birth?', size: 'm' } },
      hint: 'For example, 31 3 1980',
      values: { day: '31', month: '03', year: '1980' },
      dateOfBirth: true,
    },
  },
  {
    name: 'With error message',
    options: {
      id: 'move-in',
      namePrefix: 'move-in',
      fieldset: { legend: { text: 'When did you move in?', size: 'm' } },
      hint: 'For example, 12 11 2023',
      errorMessage: 'Enter the date you moved in',
    },
  },
  {
    name: 'With error on the year only',
    options: {
      id: 'licence-ends',
      namePrefix: 'licence-ends',
      fieldset: { legend: { text: 'When does your licence end?', size: 's' } },
      values: { day: '14', month: '6', year: '24' },
      errorMessage: 'Year must include 4 numbers',
      errorItems: ['year'],
    },
  },
  {
    name: 'Welsh, date of birth with error on month',
    lang: 'cy',
    options: {
      id: 'dyddiad-geni',
      namePrefix: 'dyddiad-geni',
      fieldset: { legend: { text: 'Beth yw eich dyddiad geni?' } },
      hint: 'Er enghraifft, 31 3 1980',
      values: { day: '31', month: '13', year: '1980' },
      errorMessage: 'Rhaid i’r mis fod rhwng 1 a 12',
      errorItems: ['month'],
      dateOfBirth: true,
    },
  },
];
