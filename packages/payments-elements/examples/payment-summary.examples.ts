import { priceBasket, type FeeSchedule } from '@civicbricks/payments';
import type { Example } from '../../elements/examples/types.js';
import type { PaymentSummaryOptions } from '../src/index.js';

/** A council's waste fees: garden bins by the number asked for, a bulky collection, and a concession for it. */
export const wasteFees: FeeSchedule = {
  id: 'waste',
  version: 2,
  items: [
    {
      id: 'garden-bin',
      description: { en: 'Garden waste bin', cy: 'Bin gwastraff gardd' },
      amount: 4500,
      quantity: { question: 'bins', max: 5 },
    },
    {
      id: 'bulky-collection',
      description: { en: 'Bulky waste collection', cy: 'Casgliad gwastraff swmpus' },
      amount: 2250,
      when: { question: 'bulky', equals: true },
      concessions: [
        {
          id: 'council-tax-reduction',
          description: { en: 'half price with council tax reduction', cy: 'hanner pris gyda gostyngiad treth gyngor' },
          amount: 1125,
          when: { question: 'benefits', in: ['council-tax-reduction'] },
        },
      ],
    },
  ],
};

export const paymentSummaryExamples: readonly Example<PaymentSummaryOptions>[] = [
  { name: 'One item', options: { basket: priceBasket(wasteFees, { bins: 1 }) } },
  { name: 'Several items', options: { basket: priceBasket(wasteFees, { bins: 2, bulky: true }) } },
  {
    name: 'With a concession',
    options: { basket: priceBasket(wasteFees, { bins: 1, bulky: true, benefits: ['council-tax-reduction'] }) },
  },
  {
    name: 'Welsh',
    lang: 'cy',
    options: { basket: priceBasket(wasteFees, { bins: 3, bulky: true, benefits: ['council-tax-reduction'] }, 'cy') },
  },
];
