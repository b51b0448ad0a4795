import type { Example } from '../../elements/examples/types.js';
import type { AssignFormOptions } from '../src/index.js';

const action = '/cases/HSG-4KX7Q2/assign';
const assignees = [
  { value: 'u-17', text: 'Sam Jones' },
  { value: 'u-23', text: 'Priya Shah' },
  { value: 'u-31', text: 'Dafydd Evans' },
];
const hiddenFields = [
  { name: 'csrf', value: 'token-from-the-session' },
  { name: 'version', value: '7' },
];

export const assignFormExamples: readonly Example<AssignFormOptions>[] = [
  { name: 'Not assigned', options: { action, assignees, hiddenFields } },
  {
    name: 'Manager reassigning',
    options: { action, assignees, currentAssignee: 'Sam Jones', value: 'u-17', allowUnassign: true, hiddenFields },
  },
  { name: 'Nobody chosen', options: { action, assignees, errorMessage: 'Select who to assign the case to', hiddenFields } },
  { name: 'Welsh', lang: 'cy', options: { action, assignees, currentAssignee: 'Dafydd Evans' } },
];
