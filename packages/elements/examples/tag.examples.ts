import type { TagOptions } from '../src/index.js';
import type { Example } from './types.js';

export const tagExamples: readonly Example<TagOptions>[] = [
  { name: 'Default', options: { text: 'Active' } },
  { name: 'Grey', options: { text: 'Not started', colour: 'grey' } },
  { name: 'Green', options: { text: 'Completed', colour: 'green' } },
  { name: 'Teal', options: { text: 'In progress', colour: 'teal' } },
  { name: 'Purple', options: { text: 'Received', colour: 'purple' } },
  { name: 'Magenta', options: { text: 'Sent', colour: 'magenta' } },
  { name: 'Red', options: { text: 'Rejected', colour: 'red' } },
  { name: 'Orange', options: { text: 'Declined', colour: 'orange' } },
  { name: 'Yellow', options: { text: 'Pending', colour: 'yellow' } },
  { name: 'Welsh', lang: 'cy', options: { text: 'Wedi’i gwblhau', colour: 'green' } },
];
