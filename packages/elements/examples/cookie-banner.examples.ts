import type { CookieBannerOptions } from '../src/index.js';
import type { Example } from './types.js';

export const cookieBannerExamples: readonly Example<CookieBannerOptions>[] = [
  { name: 'Default', options: { serviceName: 'Anytown Borough Council' } },
  {
    name: 'Posting to a handler',
    options: {
      serviceName: 'Report a missed bin collection',
      formAction: '/cookies/choice',
      csrfToken: 'example-token',
      cookiesPageUrl: '/help/cookies',
    },
  },
  { name: 'Accepted', options: { serviceName: 'Anytown Borough Council', choice: 'accept' } },
  { name: 'Rejected', options: { serviceName: 'Anytown Borough Council', choice: 'reject' } },
  { name: 'Welsh', lang: 'cy', options: { serviceName: 'Cyngor Sir Ynys Môn', cookiesPageUrl: '/cy/cwcis' } },
  { name: 'Welsh accepted', lang: 'cy', options: { serviceName: 'Cyngor Sir Ynys Môn', cookiesPageUrl: '/cy/cwcis', choice: 'accept' } },
];
