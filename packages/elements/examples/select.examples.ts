import type { SelectOptions } from '../src/index.js';
import type { Example } from './types.js';

export const selectExamples: readonly Example<SelectOptions>[] = [
  {
    name: 'Default',
    options: {
      id: 'sort',
      name: 'sort',
      label: { text: 'Sort by' },
      value: 'published',
      items: [
        { value: 'published', text: 'Recently published' },
        { value: 'updated', text: 'Recently updated' },
        { value: 'views', text: 'Most views' },
        { value: 'comments', text: 'Most comments' },
      ],
    },
  },
  {
    name: 'With hint and disabled option',
    options: {
      id: 'collection-day',
      name: 'collectionDay',
      label: { text: 'Which day would you like your bulky waste collected?', size: 'l', isPageHeading: true },
      hint: 'Collections on Saturdays cost £10 more',
      items: [
        { value: '', text: 'Choose a day' },
        { value: 'monday', text: 'Monday' },
        { value: 'tuesday', text: 'Tuesday (fully booked)', disabled: true },
        { value: 'wednesday', text: 'Wednesday' },
        { value: 'saturday', text: 'Saturday' },
      ],
    },
  },
  {
    name: 'With error message',
    options: {
      id: 'ward',
      name: 'ward',
      label: { text: 'Which ward do you live in?', size: 'm' },
      hint: 'Your ward is on your Council Tax bill',
      errorMessage: 'Select the ward you live in',
      items: [
        { value: '', text: 'Choose a ward' },
        { value: 'butetown', text: 'Butetown' },
        { value: 'canton', text: 'Canton' },
        { value: 'splott', text: 'Splott' },
      ],
    },
  },
  {
    name: 'Welsh, with error message',
    lang: 'cy',
    options: {
      id: 'sir',
      name: 'sir',
      label: { text: 'Ym mha sir ydych chi’n byw?' },
      errorMessage: 'Dewiswch eich sir',
      value: 'gwynedd',
      items: [
        { value: '', text: 'Dewiswch sir' },
        { value: 'ceredigion', text: 'Ceredigion' },
        { value: 'gwynedd', text: 'Gwynedd' },
        { value: 'powys', text: 'Powys' },
      ],
    },
  },
];
