import type { AddressAnswer, Question } from '@civicbricks/registration';
import type { TextInputOptions } from '@civicbricks/elements';
import { fieldId } from '../fields.js';
import type { JourneyMessageKey } from '../messages.js';
import { defineControls, group, partInput, readParts } from './base.js';

const ADDRESS_PARTS = ['line1', 'line2', 'town', 'county', 'postcode'] as const;

const PART_CONTROLS: readonly (readonly [(typeof ADDRESS_PARTS)[number], JourneyMessageKey, Partial<TextInputOptions>])[] = [
  ['line1', 'addressLine1', { autocomplete: 'address-line1' }],
  ['line2', 'addressLine2', { autocomplete: 'address-line2' }],
  ['town', 'addressTown', { autocomplete: 'address-level2', width: 'two-thirds' }],
  ['county', 'addressCounty', { width: 'two-thirds' }],
  ['postcode', 'addressPostcode', { autocomplete: 'postal-code', width: '10', spellcheck: false }],
];

/** Two address lines, town, county and postcode in a fieldset. */
export const address = defineControls<Extract<Question, { readonly type: 'address' }>>({
  parts: () => ADDRESS_PARTS,
  read: (_question, path, form) => readParts(ADDRESS_PARTS, path, form),
  input: (_question, value) => Object.fromEntries(ADDRESS_PARTS.map((key) => [key, (value as AddressAnswer)[key]])),
  field: (_question, context) =>
    group(
      context,
      PART_CONTROLS.map(([key, label, extra]) => partInput(context, key, context.build.t(label), extra)),
    ),
  firstControlId: (_question, path) => fieldId([...path, 'line1']),
});
