import type { CharacterCountOptions } from '../src/index.js';
import type { Example } from './types.js';

export const characterCountExamples: readonly Example<CharacterCountOptions>[] = [
  {
    name: 'Default',
    options: {
      id: 'with-hint',
      name: 'withHint',
      maxlength: 200,
      label: { text: 'Can you provide more detail?', size: 'l', isPageHeading: true },
      hint: 'Do not include personal information like your name, date of birth or NHS number',
    },
  },
  {
    name: 'Word count',
    options: { id: 'job-description', name: 'jobDescription', maxwords: 150, label: { text: 'Enter a job description' } },
  },
  {
    name: 'With threshold',
    options: {
      id: 'threshold',
      name: 'threshold',
      maxlength: 112,
      threshold: 75,
      label: { text: 'Can you provide more detail?' },
      value: 'No more than 112 characters',
    },
  },
  {
    name: 'Over the limit, with error message',
    options: {
      id: 'exceeding',
      name: 'exceeding',
      maxlength: 10,
      label: { text: 'Full address' },
      value: 'Flat 2, 1 High Street',
      errorMessage: 'Address must be 10 characters or less',
    },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      id: 'mwy-o-fanylion',
      name: 'moreDetail',
      maxlength: 200,
      label: { text: 'Allwch chi roi mwy o fanylion?' },
      hint: 'Peidiwch â chynnwys gwybodaeth bersonol',
      value: 'Mae',
    },
  },
  {
    name: 'Welsh word count',
    lang: 'cy',
    options: {
      id: 'disgrifiad-swydd',
      name: 'jobDescription',
      maxwords: 150,
      label: { text: 'Rhowch ddisgrifiad swydd' },
    },
  },
];
