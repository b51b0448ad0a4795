import type { SkipLinkOptions } from '../src/index.js';
import type { Example } from './types.js';

export const skipLinkExamples: readonly Example<SkipLinkOptions>[] = [
  { name: 'Default', options: {} },
  { name: 'Custom target and text', options: { href: '#main-form', text: 'Skip to the form' } },
  { name: 'Welsh', lang: 'cy', options: {} },
];
