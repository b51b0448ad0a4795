import type { Example } from '../../elements/examples/types.js';
import type { SideNavigationOptions } from '../src/index.js';

export const sideNavigationExamples: readonly Example<SideNavigationOptions>[] = [
  {
    name: 'Work queues',
    options: {
      items: [
        { text: 'My cases', href: '/queues/mine', active: true },
        { text: 'Team cases', href: '/queues/team' },
        { text: 'Unallocated', href: '/queues/unallocated' },
        { text: 'Possible duplicates', href: '/queues/duplicates' },
      ],
    },
  },
  {
    name: 'In sections',
    options: {
      label: 'Case work',
      sections: [
        {
          heading: { text: 'Queues' },
          items: [
            { text: 'My cases', href: '/queues/mine' },
            { text: 'Team cases', href: '/queues/team', active: true },
          ],
        },
        {
          heading: { text: 'Reports' },
          items: [
            { text: 'Overdue cases', href: '/reports/overdue' },
            { text: 'Decided within the SLA', href: '/reports/sla' },
          ],
        },
      ],
    },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      items: [
        { text: 'Fy achosion', href: '/queues/mine', active: true },
        { text: 'Achosion y tîm', href: '/queues/team' },
        { text: 'Heb eu dyrannu', href: '/queues/unallocated' },
      ],
    },
  },
];
