import { declareMessages } from '@civicbricks/core/i18n';
import { withFieldMessages } from '@civicbricks/elements';

/** Every string `<civic-transfer-form>` owns, in English and Welsh (with the shared "Error:" prefix). */
export const transferFormMessages = withFieldMessages(
  declareMessages({
    en: {
      heading: 'Transfer the lead professional',
      current: 'Lead professional now',
      toLabel: 'New lead professional',
      choose: 'Choose a person',
      reasonLabel: 'Reason for the transfer',
      reasonHint: 'This is kept in the case’s history and shown on its timeline.',
      submit: 'Transfer',
      chooseLead: 'Select the new lead professional',
      reasonRequired: 'Enter the reason for the transfer',
    },
    cy: {
      heading: 'Trosglwyddo’r gweithiwr proffesiynol arweiniol',
      current: 'Gweithiwr proffesiynol arweiniol nawr',
      toLabel: 'Gweithiwr proffesiynol arweiniol newydd',
      choose: 'Dewiswch berson',
      reasonLabel: 'Rheswm dros y trosglwyddo',
      reasonHint: 'Caiff hwn ei gadw yn hanes yr achos a’i ddangos ar ei linell amser.',
      submit: 'Trosglwyddo',
      chooseLead: 'Dewiswch y gweithiwr proffesiynol arweiniol newydd',
      reasonRequired: 'Rhowch y rheswm dros y trosglwyddo',
    },
  }),
);

export type TransferFormMessageKey = keyof typeof transferFormMessages.en;
