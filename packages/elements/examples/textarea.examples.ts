import type { TextareaOptions } from '../src/index.js';
import type { Example } from './types.js';

export const textareaExamples: readonly Example<TextareaOptions>[] = [
  { name: 'Default', options: { id: 'more-detail', name: 'moreDetail', label: { text: 'Can you provide more detail?' } } },
  {
    name: 'As page heading, with hint',
    options: {
      id: 'more-detail-heading',
      name: 'moreDetail',
      label: { text: 'Can you provide more detail?', size: 'l', isPageHeading: true },
      hint: 'Do not include personal or financial information, like your National Insurance number or credit card details.',
    },
  },
  {
    name: 'With error message',
    options: {
      id: 'no-of-rooms',
      name: 'roomsDetail',
      label: { text: 'Why can’t you provide a room count?' },
      errorMessage: 'Enter why you cannot provide a room count',
    },
  },
  {
    name: 'With value and custom rows',
    options: {
      id: 'full-address',
      name: 'address',
      label: { text: 'Full address' },
      autocomplete: 'street-address',
      spellcheck: false,
      rows: 8,
      value: '1 High Street\nLlandudno <North Wales> & LL30 1AA',
    },
  },
  {
    name: 'Welsh, with error message',
    lang: 'cy',
    options: {
      id: 'rhagor-o-fanylion',
      name: 'moreDetail',
      label: { text: 'Allwch chi roi mwy o fanylion?' },
      hint: 'Peidiwch â chynnwys gwybodaeth bersonol',
      errorMessage: 'Rhowch fwy o fanylion',
    },
  },
];
