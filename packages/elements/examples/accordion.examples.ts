import type { AccordionOptions } from '../src/index.js';
import type { Example } from './types.js';

export const accordionExamples: readonly Example<AccordionOptions>[] = [
  {
    name: 'Default',
    options: {
      id: 'accordion-default',
      items: [
        {
          heading: { text: 'Writing well for the web' },
          content: { text: 'This is the content for Writing well for the web.' },
        },
        {
          heading: { text: 'Writing well for specialists' },
          content: { text: 'This is the content for Writing well for specialists.' },
        },
        {
          heading: { text: 'Know your audience' },
          content: { text: 'This is the content for Know your audience.' },
        },
      ],
    },
  },
  {
    name: 'With summaries',
    options: {
      id: 'accordion-with-summaries',
      items: [
        {
          heading: { text: 'Understanding agile project management' },
          summary: { text: 'Introductions, methods, core features.' },
          content: { text: 'Agile and government services: an introduction.' },
        },
        {
          heading: { text: 'Working with agile methods' },
          summary: { text: 'Workspaces, tools and techniques, user stories, planning.' },
          content: { text: 'Creating an agile working environment.' },
        },
      ],
    },
  },
  {
    name: 'Level 3 headings, first section open',
    options: {
      id: 'bin-collections',
      headingLevel: 3,
      items: [
        {
          heading: { text: 'Recycling' },
          summary: { text: 'Green box, every Tuesday' },
          content: { text: 'Rinse tins and bottles. Flatten cardboard so it fits in the box.' },
          expanded: true,
        },
        { heading: { text: 'Garden waste' }, content: { text: 'Brown bin, every other Friday from March to November.' } },
      ],
    },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      id: 'casgliadau-bin',
      items: [
        {
          heading: { text: 'Ailgylchu' },
          summary: { text: 'Blwch gwyrdd, bob dydd Mawrth' },
          content: { text: 'Rinsiwch duniau a photeli.' },
        },
        { heading: { text: 'Gwastraff gardd' }, content: { text: 'Bin brown, bob yn ail ddydd Gwener.' } },
      ],
    },
  },
];
