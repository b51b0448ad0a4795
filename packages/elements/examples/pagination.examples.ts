import type { PaginationOptions } from '../src/index.js';
import type { Example } from './types.js';

export const paginationExamples: readonly Example<PaginationOptions>[] = [
  {
    name: 'Default',
    options: {
      previous: { href: '?page=1' },
      next: { href: '?page=3' },
      items: [
        { number: 1, href: '?page=1' },
        { number: 2, href: '?page=2', current: true },
        { number: 3, href: '?page=3' },
      ],
    },
  },
  {
    name: 'With ellipses',
    options: {
      previous: { href: '?page=6' },
      next: { href: '?page=8' },
      items: [
        { number: 1, href: '?page=1' },
        { ellipsis: true },
        { number: 6, href: '?page=6' },
        { number: 7, href: '?page=7', current: true },
        { number: 8, href: '?page=8' },
        { ellipsis: true },
        { number: 42, href: '?page=42' },
      ],
    },
  },
  {
    name: 'First page',
    options: {
      next: { href: '?page=2' },
      items: [
        { number: 1, href: '?page=1', current: true },
        { number: 2, href: '?page=2' },
      ],
    },
  },
  {
    name: 'Block with labels',
    options: {
      previous: { href: '/bins/garden-waste', labelText: 'Garden waste collections' },
      next: { href: '/bins/bulky-items', labelText: 'Bulky item collections' },
    },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      previous: { href: '?tudalen=1' },
      next: { href: '?tudalen=3' },
      items: [
        { number: 1, href: '?tudalen=1' },
        { number: 2, href: '?tudalen=2', current: true },
        { number: 3, href: '?tudalen=3' },
      ],
    },
  },
  {
    name: 'Welsh block',
    lang: 'cy',
    options: { previous: { href: '/biniau/gardd', labelText: 'Casgliadau gwastraff gardd' }, next: { href: '/biniau/swmpus' } },
  },
];
