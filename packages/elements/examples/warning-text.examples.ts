import type { WarningTextOptions } from '../src/index.js';
import type { Example } from './types.js';

export const warningTextExamples: readonly Example<WarningTextOptions>[] = [
  { name: 'Default', options: { text: 'You can be fined up to £5,000 if you do not register.' } },
  {
    name: 'Custom fallback text',
    options: { text: 'Your application will be rejected if you do not send your documents.', iconFallbackText: 'Important' },
  },
  { name: 'Welsh', lang: 'cy', options: { text: 'Gallwch gael dirwy o hyd at £5,000 os na fyddwch yn cofrestru.' } },
];
