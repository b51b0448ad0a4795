import type { Example } from '../../elements/examples/types.js';
import type { BadgeOptions } from '../src/index.js';

export const badgeExamples: readonly Example<BadgeOptions>[] = [
  { name: 'Default', options: { text: 'New' } },
  { name: 'Urgent', options: { text: 'Urgent', colour: 'red' } },
  { name: 'Large', options: { text: 'Safeguarding', colour: 'purple', large: true } },
  { name: 'Count with hidden text', options: { text: '3', colour: 'blue', visuallyHiddenText: 'cases overdue' } },
  { name: 'Welsh', lang: 'cy', options: { text: 'Brys', colour: 'red' } },
];
