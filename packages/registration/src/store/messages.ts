/**
 * English and Welsh for the pages a refused resume link leads to. Each message is written to be shown
 * as it is, on a page of its own, and says what the person can do next.
 */
import { defineMessages } from '@civicbricks/core/i18n';

export const resumeMessages = defineMessages({
  en: {
    'resume.expired': 'This link has expired. Start again or ask for a new link.',
    'resume.revoked': 'This link no longer works. Start again or ask for a new link.',
    'resume.invalid': 'This link does not work. Check you copied all of it from your email, or start again.',
  },
  cy: {
    'resume.expired': 'Mae’r ddolen hon wedi dod i ben. Dechreuwch eto neu gofynnwch am ddolen newydd.',
    'resume.revoked': 'Nid yw’r ddolen hon yn gweithio mwyach. Dechreuwch eto neu gofynnwch am ddolen newydd.',
    'resume.invalid': 'Nid yw’r ddolen hon yn gweithio. Gwiriwch eich bod wedi copïo’r ddolen gyfan o’ch e-bost, neu dechreuwch eto.',
  },
});
