import type { Example } from '../../elements/examples/types.js';
import type { TimelineOptions } from '../src/index.js';

export const timelineExamples: readonly Example<TimelineOptions>[] = [
  {
    name: 'A case’s history',
    options: {
      items: [
        {
          title: 'Lead professional transferred to Priya Shah',
          byline: 'Sam Jones',
          datetime: '2026-12-08T14:15:00Z',
          description: 'Priya already works with the family through the school nursing team.',
        },
        { title: 'Safeguarding flag added', byline: 'Sam Jones', datetime: '2026-12-07T09:00:00Z' },
        // British Summer Time: 08:30 UTC is 9:30am in London.
        { title: 'Case opened', byline: 'Camden Council', datetime: '2026-07-01T08:30:00Z', description: 'Referral from the school.' },
      ],
    },
  },
  { name: 'Dates only', options: { headingLevel: 3, items: [{ title: 'Assessment due', datetime: '2027-01-15' }] } },
  { name: 'Nothing recorded yet', options: { items: [] } },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      items: [
        {
          title: 'Achos wedi’i agor',
          byline: 'Cyngor Gwynedd',
          datetime: '2026-12-08T14:15:00Z',
          description: 'Atgyfeiriad gan yr ysgol.',
        },
      ],
    },
  },
];
