import type { DetailsOptions } from '../src/index.js';
import type { Example } from './types.js';

export const detailsExamples: readonly Example<DetailsOptions>[] = [
  {
    name: 'Default',
    options: {
      summaryText: 'Help with nationality',
      text: 'We need to know your nationality so we can work out which elections you’re entitled to vote in. If you cannot provide your nationality, you’ll have to send copies of identity documents through the post.',
    },
  },
  {
    name: 'Open',
    options: {
      summaryText: 'Where to find your council tax account number',
      text: 'Your account number is 8 digits long and is at the top of your council tax bill.',
      open: true,
      id: 'account-number-help',
    },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      summaryText: 'Help gyda chenedligrwydd',
      text: 'Mae angen i ni wybod eich cenedligrwydd er mwyn i ni allu gweithio allan ym mha etholiadau y mae gennych hawl i bleidleisio ynddynt.',
    },
  },
];
