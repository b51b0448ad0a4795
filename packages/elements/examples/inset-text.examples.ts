import type { InsetTextOptions } from '../src/index.js';
import type { Example } from './types.js';

export const insetTextExamples: readonly Example<InsetTextOptions>[] = [
  {
    name: 'Default',
    options: { text: 'It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application.' },
  },
  {
    name: 'With id',
    options: { id: 'council-tax-advice', text: 'You can still apply for a discount if you live with someone under 18.' },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: { text: 'Gall gymryd hyd at 8 wythnos i gofrestru atwrneiaeth arhosol os nad oes camgymeriadau yn y cais.' },
  },
];
