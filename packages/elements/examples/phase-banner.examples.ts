import type { PhaseBannerOptions } from '../src/index.js';
import type { Example } from './types.js';

export const phaseBannerExamples: readonly Example<PhaseBannerOptions>[] = [
  { name: 'Beta', options: { tag: { text: 'Beta' }, text: 'This is a new service. Your feedback will help us to improve it.' } },
  { name: 'Alpha', options: { tag: { text: 'Alpha' }, text: 'This is a prototype: do not use it to apply.' } },
  {
    name: 'Welsh',
    lang: 'cy',
    options: { tag: { text: 'Beta' }, text: 'Mae hwn yn wasanaeth newydd. Bydd eich adborth yn ein helpu i’w wella.' },
  },
];
