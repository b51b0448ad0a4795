import type { Template } from '@civicbricks/notifications';
import type { Example } from '../../elements/examples/types.js';
import type { EmailPreviewOptions } from '../src/index.js';

/** A council's blue badge decision email, in both languages, using every kind of Notify formatting. */
export const decisionTemplate: Template = {
  id: 'blue-badge-decision',
  type: 'email',
  variants: {
    en: {
      subject: 'Your blue badge application ((reference))',
      body: [
        'Dear ((name)),',
        '',
        '# Your application has been approved',
        '',
        'We will post your badge to:',
        '',
        '((address))',
        '',
        '^ Your badge is valid for 3 years - keep it somewhere safe.',
        '',
        'What to do next:',
        '',
        '1. Check the badge when it arrives',
        '2. Display it on your dashboard when you park',
        '',
        '---',
        '',
        'Read the rules at [GOV.UK blue badge guidance](https://www.gov.uk/government/publications/blue-badge-can-i-use-it-here) or https://www.gov.uk/blue-badge-scheme-information-council',
      ].join('\n'),
    },
    cy: {
      subject: 'Eich cais am fathodyn glas ((reference))',
      body: [
        'Annwyl ((name)),',
        '',
        '# Mae eich cais wedi’i gymeradwyo',
        '',
        '^ Mae eich bathodyn yn ddilys am 3 blynedd.',
        '',
        '* Gwiriwch y bathodyn',
        '* Dangoswch ef ar eich dangosfwrdd',
      ].join('\n'),
    },
  },
};

export const emailPreviewExamples: readonly Example<EmailPreviewOptions>[] = [
  {
    name: 'Approved',
    options: {
      template: decisionTemplate,
      personalisation: { name: 'Sam Jones', reference: 'BB-2026-0412', address: ['1 High Street', 'Cardiff', 'CF10 1AA'] },
    },
  },
  { name: 'Missing personalisation', options: { template: decisionTemplate, personalisation: { name: 'Sam Jones' } } },
  {
    name: 'Welsh',
    lang: 'cy',
    options: { template: decisionTemplate, personalisation: { name: 'Siân Ŵyn', reference: 'BB-2026-0412' } },
  },
  {
    name: 'Emoji and long text',
    options: {
      template: {
        id: 'long',
        type: 'email',
        variants: { en: { subject: 'Bin day 🗑️', body: `Hello ((name)) 👋\n\n${'Please put your bins out by 7am. '.repeat(40)}` } },
      },
      personalisation: { name: 'Alex' },
    },
  },
];
