import type { ErrorSummaryOptions } from '../src/index.js';
import type { Example } from './types.js';

export const errorSummaryExamples: readonly Example<ErrorSummaryOptions>[] = [
  {
    name: 'Default',
    options: {
      errorList: [
        { text: 'Enter your full name', href: '#full-name' },
        { text: 'Enter your passport number', href: '#passport-number' },
      ],
      disableAutoFocus: true,
    },
  },
  {
    name: 'With description',
    options: {
      descriptionText: 'Check the answers below and try again.',
      errorList: [{ text: 'The date your passport was issued must be in the past', href: '#passport-issued' }],
      disableAutoFocus: true,
    },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: { errorList: [{ text: 'Rhowch eich enw llawn', href: '#enw-llawn' }], disableAutoFocus: true },
  },
];
