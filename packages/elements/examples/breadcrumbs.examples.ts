import type { BreadcrumbsOptions } from '../src/index.js';
import type { Example } from './types.js';

export const breadcrumbsExamples: readonly Example<BreadcrumbsOptions>[] = [
  {
    name: 'Default',
    options: {
      items: [
        { text: 'Home', href: '/' },
        { text: 'Bins and recycling', href: '/bins' },
        { text: 'Report a missed collection', href: '/bins/missed' },
      ],
    },
  },
  {
    name: 'With current page',
    options: {
      items: [{ text: 'Home', href: '/' }, { text: 'Council tax', href: '/council-tax' }, { text: 'Discounts and exemptions' }],
    },
  },
  {
    name: 'Collapse on mobile',
    options: {
      collapseOnMobile: true,
      items: [
        { text: 'Home', href: '/' },
        { text: 'Housing', href: '/housing' },
        { text: 'Repairs', href: '/housing/repairs' },
        { text: 'Report a repair', href: '/housing/repairs/report' },
      ],
    },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      items: [
        { text: 'Hafan', href: '/' },
        { text: 'Biniau ac ailgylchu', href: '/biniau' },
      ],
    },
  },
];
