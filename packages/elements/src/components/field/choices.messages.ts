import { defineMessages } from '@civicbricks/core/i18n';
import { withFieldMessages } from '../../messages.js';

/** Strings of the choice controls (radios, checkboxes): the divider word between options, plus "Error:". */
export const choicesMessages = withFieldMessages(
  defineMessages({
    en: { divider: 'or' },
    cy: { divider: 'neu' },
  }),
);

export type ChoicesMessageKey = 'errorPrefix' | 'divider';
