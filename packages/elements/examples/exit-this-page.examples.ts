import type { ExitThisPageOptions } from '../src/index.js';
import type { Example } from './types.js';

export const exitThisPageExamples: readonly Example<ExitThisPageOptions>[] = [
  { name: 'Default', options: {} },
  {
    name: 'Custom text and page',
    options: { text: 'Leave this page now', redirectUrl: 'https://www.google.co.uk/', id: 'exit-this-page' },
  },
  { name: 'Welsh', lang: 'cy', options: { redirectUrl: 'https://www.bbc.co.uk/cymrufyw' } },
];
