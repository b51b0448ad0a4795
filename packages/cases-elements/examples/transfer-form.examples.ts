import type { Example } from '../../elements/examples/types.js';
import type { TransferFormOptions } from '../src/index.js';

const action = '/cases/HSG-4KX7Q2/transfer';
const candidates = [
  { value: 'u-23', text: 'Priya Shah (Camden Council)' },
  { value: 'u-40', text: 'Chris Green (Royal Free London NHS Foundation Trust)' },
  { value: 'u-52', text: 'Mo Ahmed (Barnardo’s)' },
];

export const transferFormExamples: readonly Example<TransferFormOptions>[] = [
  { name: 'Empty', options: { action, currentLead: 'Sam Jones', candidates, hiddenFields: [{ name: 'version', value: '7' }] } },
  {
    name: 'Reason missing',
    options: {
      action,
      currentLead: 'Sam Jones',
      candidates,
      values: { to: 'u-23' },
      errors: { reason: 'Enter the reason for the transfer' },
    },
  },
  {
    name: 'Both missing',
    options: {
      action,
      currentLead: 'Sam Jones',
      candidates,
      errors: { to: 'Select the new lead professional', reason: 'Enter the reason for the transfer' },
    },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: {
      action,
      currentLead: 'Dafydd Evans',
      candidates,
      values: { to: 'u-52', reason: 'Mae’r teulu’n gweithio gyda’r elusen.' },
    },
  },
];
