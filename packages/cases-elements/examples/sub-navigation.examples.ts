import type { Example } from '../../elements/examples/types.js';
import type { SubNavigationOptions } from '../src/index.js';

const casePage = '/cases/HSG-4KX7Q2';

export const subNavigationExamples: readonly Example<SubNavigationOptions>[] = [
  {
    name: 'Sections of a case',
    options: {
      items: [
        { text: 'Summary', href: casePage, active: true },
        { text: 'Timeline', href: `${casePage}/timeline` },
        { text: 'Notes', href: `${casePage}/notes` },
        { text: 'Tasks', href: `${casePage}/tasks` },
        { text: 'Documents', href: `${casePage}/documents` },
      ],
    },
  },
  {
    name: 'Named landmark',
    options: {
      label: 'Case sections',
      items: [
        { text: 'Summary', href: casePage },
        { text: 'Timeline', href: `${casePage}/timeline`, active: true },
      ],
    },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      items: [
        { text: 'Crynodeb', href: casePage, active: true },
        { text: 'Llinell amser', href: `${casePage}/timeline` },
        { text: 'Nodiadau', href: `${casePage}/notes` },
      ],
    },
  },
];
