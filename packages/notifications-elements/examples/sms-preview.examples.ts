import type { Template } from '@civicbricks/notifications';
import type { Example } from '../../elements/examples/types.js';
import type { SmsPreviewOptions } from '../src/index.js';

/** An appointment reminder in both languages, as the notifications brick's README writes it. */
export const reminderTemplate: Template = {
  id: 'appointment-reminder',
  type: 'sms',
  variants: {
    en: { body: 'Your appointment with ((service)) is on ((date)).((online?? It is a video call.))' },
    cy: { body: 'Mae eich apwyntiad gyda ((service)) ar ((date)).((online?? Galwad fideo yw hi.))' },
  },
};

/** 920 characters: over Notify's 918 limit. */
export const overLongText =
  `Your council tax bill for 2026 to 2027 is ready. ${'Pay by direct debit to spread the cost over 12 months. '.repeat(16)}`.slice(0, 920);

export const smsPreviewExamples: readonly Example<SmsPreviewOptions>[] = [
  {
    name: 'Short message',
    options: { text: 'Your blue badge application BB-2026-0412 has been approved. We will post your badge within 10 working days.' },
  },
  {
    name: 'Curly quotes and dashes',
    options: { text: 'We’ve received your form – thanks. Reply “STOP” to opt out…' },
  },
  { name: 'Welsh letters force Unicode', lang: 'cy', options: { text: 'Diolch am eich cais. Bydd ŵyr y tŷ yn cael y bathodyn â llaw.' } },
  { name: 'Emoji', options: { text: 'Your bin collection is tomorrow 🗑️ Please put it out by 7am 👍' } },
  { name: 'Over 918 characters', options: { text: overLongText } },
  {
    name: 'Template with missing personalisation',
    options: { template: reminderTemplate, personalisation: { service: 'Housing Options', online: 'yes' } },
  },
  {
    name: 'Welsh template',
    lang: 'cy',
    options: { template: reminderTemplate, personalisation: { service: 'Tai', date: '3 Mawrth', online: 'no' } },
  },
];
