import type { Example } from '../../elements/examples/types.js';
import type { CaseSummaryOptions } from '../src/index.js';

export const caseSummaryExamples: readonly Example<CaseSummaryOptions>[] = [
  {
    name: 'Allocated with flags',
    options: {
      reference: 'HSG-4KX7Q2',
      title: 'Jo Bloggs',
      status: { text: 'Assessment' },
      lead: { name: 'Priya Shah', organisation: 'Camden Council' },
      flags: ['safeguarding', 'vulnerable'],
      due: { date: '2027-01-15', status: 'due' },
    },
  },
  {
    name: 'Overdue',
    options: {
      reference: 'HSG-9TR2M8',
      title: 'Alex Doe',
      status: { text: 'Awaiting decision', colour: 'yellow' },
      lead: { name: 'Sam Jones' },
      flags: ['urgent'],
      due: { date: '2026-11-20', status: 'overdue' },
    },
  },
  { name: 'Not allocated', options: { reference: 'HSG-2BC6D1', status: { text: 'New', colour: 'grey' } } },
  {
    name: 'Decided',
    options: {
      reference: 'HSG-7PL3W5',
      status: { text: 'Closed', colour: 'green' },
      lead: { name: 'Priya Shah' },
      due: { date: '2026-10-02', status: 'met' },
    },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      reference: 'TAI-4KX7Q2',
      title: 'Siân Jones',
      status: { text: 'Asesiad' },
      lead: { name: 'Dafydd Evans', organisation: 'Cyngor Gwynedd' },
      flags: ['safeguarding', 'urgent'],
      due: { date: '2026-11-20', status: 'overdue' },
    },
  },
];
