import type { NotificationBannerOptions } from '../src/index.js';
import type { Example } from './types.js';

export const notificationBannerExamples: readonly Example<NotificationBannerOptions>[] = [
  { name: 'Default', options: { text: 'You have 7 days left to send your application.' } },
  { name: 'Success', options: { type: 'success', text: 'Your council tax direct debit has been set up.' } },
  {
    name: 'Custom title and heading level',
    options: {
      titleText: 'Bin collections',
      titleId: 'bin-collections-title',
      titleHeadingLevel: 3,
      text: 'Collections are a day later than usual in the week after a bank holiday.',
    },
  },
  { name: 'Welsh success', lang: 'cy', options: { type: 'success', text: 'Mae eich debyd uniongyrchol wedi’i sefydlu.' } },
  { name: 'Welsh', lang: 'cy', options: { text: 'Mae gennych 7 diwrnod ar ôl i anfon eich cais.' } },
];
