import type { TaskListOptions } from '../src/index.js';
import type { Example } from './types.js';

export const taskListExamples: readonly Example<TaskListOptions>[] = [
  {
    name: 'Default',
    options: {
      items: [
        { title: { text: 'Company directors' }, href: '#directors', status: { text: 'Completed' } },
        {
          title: { text: 'Registered company details' },
          href: '#details',
          status: { tag: { text: 'Incomplete' } },
        },
        {
          title: { text: 'Financial history' },
          hint: { text: 'Include 5 years of the company’s relevant financial information' },
          href: '#history',
          status: { text: 'Completed' },
        },
        { title: { text: 'Business plan' }, href: '#plan', status: { tag: { text: 'Incomplete' } } },
        { title: { text: 'References' }, status: { text: 'Cannot start yet', cannotStartYet: true } },
      ],
    },
  },
  {
    name: 'With coloured tags and an id prefix',
    options: {
      idPrefix: 'licence-tasks',
      items: [
        { title: { text: 'Premises details' }, href: '#premises', status: { tag: { text: 'In progress', colour: 'yellow' } } },
        { title: { text: 'Opening hours' }, href: '#hours', status: { tag: { text: 'Error', colour: 'red' } } },
      ],
    },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      items: [
        { title: { text: 'Eich manylion' }, href: '#manylion', status: { text: 'Wedi’i gwblhau' } },
        {
          title: { text: 'Manylion yr eiddo' },
          hint: { text: 'Cyfeiriad a math o eiddo' },
          href: '#eiddo',
          status: { tag: { text: 'Anghyflawn' } },
        },
        { title: { text: 'Talu' }, status: { text: 'Methu dechrau eto', cannotStartYet: true } },
      ],
    },
  },
];
