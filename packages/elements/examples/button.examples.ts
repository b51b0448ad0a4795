import type { ButtonOptions } from '../src/index.js';
import type { Example } from './types.js';

export const buttonExamples: readonly Example<ButtonOptions>[] = [
  { name: 'Default', options: { text: 'Save and continue' } },
  { name: 'Start button', options: { text: 'Start now', href: '/start', isStartButton: true } },
  { name: 'Secondary', options: { text: 'Find address', type: 'button', variant: 'secondary' } },
  { name: 'Warning', options: { text: 'Delete account', variant: 'warning' } },
  { name: 'Disabled', options: { text: 'Disabled button', disabled: true } },
  { name: 'Prevent double click', options: { text: 'Confirm and send', preventDoubleClick: true } },
  { name: 'Welsh', lang: 'cy', options: { text: 'Cadw a pharhau' } },
];
