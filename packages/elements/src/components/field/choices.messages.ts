import { declareMessages } from '@civicbricks/core/i18n';
import { withFieldMessages } from '../../messages.js';

/** Strings of the choice controls (radios, checkboxes): the divider word between options, plus "Error:". */
export const choicesMessages = withFieldMessages(
  declareMessages({
    en: { divider: 'or' },
    cy: { divider: 'neu' },
  }),
);

export type ChoicesMessageKey = 'errorPrefix' | 'divider';
