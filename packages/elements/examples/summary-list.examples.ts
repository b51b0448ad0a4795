import type { SummaryListOptions } from '../src/index.js';
import type { Example } from './types.js';

export const summaryListExamples: readonly Example<SummaryListOptions>[] = [
  {
    name: 'Default',
    options: {
      rows: [
        {
          key: { text: 'Name' },
          value: { text: 'Sarah Philips' },
          actions: { items: [{ href: '#name', text: 'Change', visuallyHiddenText: 'name' }] },
        },
        {
          key: { text: 'Date of birth' },
          value: { text: '5 January 1978' },
          actions: { items: [{ href: '#date-of-birth', text: 'Change', visuallyHiddenText: 'date of birth' }] },
        },
        {
          key: { text: 'Contact details' },
          value: { text: '07700 900457' },
          actions: {
            items: [
              { href: '#phone', text: 'Change', visuallyHiddenText: 'phone number' },
              { href: '#phone/remove', text: 'Remove', visuallyHiddenText: 'phone number' },
            ],
          },
        },
      ],
    },
  },
  {
    name: 'Without actions and borders',
    options: {
      noBorder: true,
      rows: [
        { key: { text: 'Collection day' }, value: { text: 'Tuesday' } },
        { key: { text: 'Bin type' }, value: { text: 'Recycling' } },
      ],
    },
  },
  {
    name: 'Some rows with actions',
    options: {
      rows: [
        { key: { text: 'Reference' }, value: { text: 'HDJ2123F' } },
        {
          key: { text: 'Email' },
          value: { text: 'sarah.phillips@example.com' },
          actions: { items: [{ href: '#email', text: 'Change', visuallyHiddenText: 'email address' }] },
        },
      ],
    },
  },
  {
    name: 'Summary card',
    options: {
      card: {
        title: { text: 'Director 1' },
        actions: {
          items: [
            { href: '#delete-director-1', text: 'Delete', visuallyHiddenText: 'director' },
            { href: '#withdraw-director-1', text: 'Withdraw', visuallyHiddenText: 'director' },
          ],
        },
      },
      rows: [
        {
          key: { text: 'Name' },
          value: { text: 'Sarah Philips' },
          actions: { items: [{ href: '#director-1-name', text: 'Change', visuallyHiddenText: 'name' }] },
        },
      ],
    },
  },
  {
    name: 'Summary card with one action and heading level 3',
    options: {
      card: {
        title: { text: 'University of Gloucestershire', headingLevel: 3 },
        actions: { items: [{ href: '#delete-university', text: 'Delete choice' }] },
      },
      rows: [
        { key: { text: 'Course' }, value: { text: 'English (3DMD)' } },
        { key: { text: 'Location' }, value: { text: 'Cheltenham' } },
      ],
    },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      rows: [
        {
          key: { text: 'Enw' },
          value: { text: 'Sarah Philips' },
          actions: { items: [{ href: '#enw', text: 'Newid', visuallyHiddenText: 'enw' }] },
        },
      ],
    },
  },
];
