import type { BackLinkOptions } from '../src/index.js';
import type { Example } from './types.js';

export const backLinkExamples: readonly Example<BackLinkOptions>[] = [
  { name: 'Default', options: { href: '/apply/address' } },
  { name: 'Custom text', options: { href: '/search', text: 'Back to search results' } },
  { name: 'Welsh', lang: 'cy', options: { href: '/gwneud-cais/cyfeiriad' } },
];
