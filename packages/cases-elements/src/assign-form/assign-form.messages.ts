import { declareMessages } from '@civicbricks/core/i18n';
import { withFieldMessages } from '@civicbricks/elements';

/** Every string `<civic-assign-form>` owns, in English and Welsh (with the shared "Error:" prefix). */
export const assignFormMessages = withFieldMessages(
  declareMessages({
    en: {
      heading: 'Assign this case',
      current: 'Assigned to',
      notAssigned: 'Not assigned',
      label: 'Assign to',
      hint: 'The person who picks up the case is the one who acts on it next.',
      choose: 'Choose a person',
      submit: 'Assign',
      unassign: 'Unassign',
    },
    cy: {
      heading: 'Neilltuo’r achos hwn',
      current: 'Wedi’i neilltuo i',
      notAssigned: 'Heb ei neilltuo',
      label: 'Neilltuo i',
      hint: 'Y sawl sy’n codi’r achos yw’r un sy’n gweithredu arno nesaf.',
      choose: 'Dewiswch berson',
      submit: 'Neilltuo',
      unassign: 'Dad-neilltuo',
    },
  }),
);

export type AssignFormMessageKey = keyof typeof assignFormMessages.en;
