/**
 * English and Welsh words this package writes into messages and errors.
 * Codes on errors are stable, so an interface can show its own wording instead.
 */
import { defineMessages } from '@civicbricks/core/i18n';

export const notificationMessages = defineMessages({
  en: {
    // The word before the last item of a list value written as a sentence: "a, b and c".
    'list.and': 'and',
    'list.andBeforeVowel': 'and',
    'error.missingPersonalisation': 'Personalisation is missing for: %{names}',
    'error.missingOne': 'There is no value for ((%{name}))',
    'error.smsTooLong': 'The text message is %{length} characters long; a text message can be at most %{max} characters',
    'error.referencePersonalData':
      'The reference looks like it holds %{kind}: references are sent to GOV.UK Notify and must not contain personal data',
  },
  cy: {
    'list.and': 'a',
    'list.andBeforeVowel': 'ac',
    'error.missingPersonalisation': 'Mae personoli ar goll ar gyfer: %{names}',
    'error.missingOne': 'Nid oes gwerth ar gyfer ((%{name}))',
    'error.smsTooLong': 'Mae’r neges destun yn %{length} nod o hyd; gall neges destun fod yn %{max} nod ar y mwyaf',
    'error.referencePersonalData':
      'Mae’n edrych fel bod y cyfeirnod yn cynnwys %{kind}: caiff cyfeirnodau eu hanfon i GOV.UK Notify ac ni ddylent gynnwys data personol',
  },
});
