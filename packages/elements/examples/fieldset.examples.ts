import type { FieldsetOptions, TextInputOptions } from '../src/index.js';
import type { Example } from './types.js';

/**
 * A fieldset example: the fieldset's options plus its content, given as the text inputs inside it. Stories and
 * tests put those inputs between the tags; the server tests render them with `renderTextInput` into `trustedInnerHtml`.
 */
export interface FieldsetExample extends Example<FieldsetOptions> {
  readonly children: readonly TextInputOptions[];
}

/** GOV.UK's address lines, with the autocomplete values that let a browser fill them in. */
function addressInputs(prefix: string, labels: readonly [string, string, string, string]): TextInputOptions[] {
  return [
    { id: `${prefix}-line-1`, name: `${prefix}Line1`, label: { text: labels[0] }, autocomplete: 'address-line1' },
    { id: `${prefix}-line-2`, name: `${prefix}Line2`, label: { text: labels[1] }, autocomplete: 'address-line2' },
    { id: `${prefix}-town`, name: `${prefix}Town`, label: { text: labels[2] }, autocomplete: 'address-level2', width: 'two-thirds' },
    { id: `${prefix}-postcode`, name: `${prefix}Postcode`, label: { text: labels[3] }, autocomplete: 'postal-code', width: '10' },
  ];
}

const englishAddress = ['Address line 1', 'Address line 2 (optional)', 'Town or city', 'Postcode'] as const;

export const fieldsetExamples: readonly FieldsetExample[] = [
  {
    name: 'Address',
    options: { legend: { text: 'What is your address?', size: 'm' } },
    children: addressInputs('address', englishAddress),
  },
  {
    name: 'As page heading',
    options: { legend: { text: 'Where do you live?', size: 'l', isPageHeading: true } },
    children: addressInputs('home', englishAddress),
  },
  {
    name: 'With error message',
    options: { legend: { text: 'What is the address of the property?', size: 'm' } },
    children: addressInputs('property', englishAddress).map((input) =>
      input.autocomplete === 'postal-code' ? { ...input, value: 'AB1', errorMessage: 'Enter a full UK postcode, like AA3 1AB' } : input,
    ),
  },
  {
    name: 'Small legend, as a group',
    options: { legend: { text: 'How can we contact you?', size: 's' }, role: 'group' },
    children: [
      {
        id: 'contact-email',
        name: 'contactEmail',
        type: 'email',
        label: { text: 'Email address' },
        autocomplete: 'email',
        spellcheck: false,
      },
      { id: 'contact-phone', name: 'contactPhone', type: 'tel', label: { text: 'UK telephone number' }, autocomplete: 'tel', width: '20' },
    ],
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: { legend: { text: 'Beth yw eich cyfeiriad?', size: 'xl', isPageHeading: true } },
    children: addressInputs('cyfeiriad', ['Llinell gyntaf y cyfeiriad', 'Ail linell y cyfeiriad (dewisol)', 'Tref neu ddinas', 'Cod post']),
  },
];
