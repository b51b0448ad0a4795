import { declareMessages } from '@civicbricks/core/i18n';
import { withFieldMessages } from '../../messages.js';

/** The labels of the three parts of a date, plus "Error:". */
export const dateInputMessages = withFieldMessages(
  declareMessages({
    en: { day: 'Day', month: 'Month', year: 'Year' },
    cy: { day: 'Diwrnod', month: 'Mis', year: 'Blwyddyn' },
  }),
);

export type DateInputMessageKey = 'errorPrefix' | 'day' | 'month' | 'year';
