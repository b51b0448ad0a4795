import type { PanelOptions } from '../src/index.js';
import type { Example } from './types.js';

export const panelExamples: readonly Example<PanelOptions>[] = [
  { name: 'Default', options: { titleText: 'Application complete', text: 'Your reference number HDJ2123F' } },
  { name: 'Title only', options: { titleText: 'Booking confirmed' } },
  { name: 'Heading level 2', options: { titleText: 'Payment received', text: 'Your reference number 7HT4-2KLP', headingLevel: 2 } },
  { name: 'Welsh', lang: 'cy', options: { titleText: 'Cais wedi’i gwblhau', text: 'Eich cyfeirnod HDJ2123F' } },
];
