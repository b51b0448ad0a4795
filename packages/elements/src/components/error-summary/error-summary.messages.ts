import { defineMessages } from '@civicbricks/core/i18n';

export const errorSummaryMessages = defineMessages({
  en: { title: 'There is a problem' },
  cy: { title: 'Mae yna broblem' },
});
