import type { TabsOptions } from '../src/index.js';
import type { Example } from './types.js';

export const tabsExamples: readonly Example<TabsOptions>[] = [
  {
    name: 'Default',
    options: {
      items: [
        {
          label: 'Past day',
          id: 'past-day',
          panel: { title: 'Past day', text: '3 planning applications were received and 1 was decided.' },
        },
        {
          label: 'Past week',
          id: 'past-week',
          panel: { title: 'Past week', text: '24 planning applications were received and 18 were decided.' },
        },
        {
          label: 'Past month',
          id: 'past-month',
          panel: { title: 'Past month', text: '98 planning applications were received and 95 were decided.' },
        },
        { label: 'Past year', id: 'past-year', panel: { text: 'There is no data for this year yet, check back later.' } },
      ],
    },
  },
  {
    name: 'Generated ids and own title',
    options: {
      title: 'Bin collections',
      idPrefix: 'bins',
      items: [
        { label: 'Recycling', panel: { title: 'Recycling', text: 'Put out your green box by 7am on Tuesday.' } },
        { label: 'General waste', panel: { title: 'General waste', text: 'Put out your black bin by 7am every other Thursday.' } },
      ],
    },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      idPrefix: 'ceisiadau',
      items: [
        { label: 'Y diwrnod diwethaf', panel: { title: 'Y diwrnod diwethaf', text: 'Daeth 3 chais cynllunio i law.' } },
        { label: 'Yr wythnos diwethaf', panel: { title: 'Yr wythnos diwethaf', text: 'Daeth 24 cais cynllunio i law.' } },
      ],
    },
  },
];
