import { declareMessages } from '@civicbricks/core/i18n';

export const errorSummaryMessages = declareMessages({
  en: { title: 'There is a problem' },
  cy: { title: 'Mae yna broblem' },
});
