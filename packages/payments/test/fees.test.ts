import { ValidationError } from '@civicbricks/core/errors';
import { createStore } from '@civicbricks/storage';
import { describe, expect, it } from 'vitest';
import { createSandboxProvider, describeBasket, parseFeeSchedule, priceBasket, type FeeSchedule } from '../src/index.js';
import { createPaymentLedger } from '../src/records/index.js';

const blueBadge: FeeSchedule = parseFeeSchedule({
  id: 'blue-badge',
  version: 3,
  items: [
    {
      id: 'blue-badge',
      description: { en: 'Blue badge', cy: 'Bathodyn glas' },
      amount: 1000,
      concessions: [
        {
          id: 'war-pensioner',
          description: { en: 'free for war pensioners', cy: 'am ddim i bensiynwyr rhyfel' },
          amount: 0,
          when: { question: 'benefits', in: ['war-pension', 'armed-forces-compensation'] },
        },
      ],
    },
    {
      id: 'replacement-postage',
      description: { en: 'Recorded delivery' },
      amount: 250,
      when: { all: [{ question: 'delivery', equals: 'recorded' }, { not: { question: 'collect', equals: true } }] },
    },
  ],
});

const gardenWaste = parseFeeSchedule({
  id: 'garden-waste',
  version: 1,
  items: [
    { id: 'bin', description: { en: 'Garden waste bin', cy: 'Bin gwastraff gardd' }, amount: 4500, quantity: { question: 'bins', max: 5 } },
    {
      id: 'early-bird',
      description: { en: 'Second bin discount' },
      amount: 0,
      when: { question: 'bins', atLeast: 2 },
    },
  ],
});

describe('fee schedules', () => {
  it('prices an item with no concession, and the concession when an answer qualifies', () => {
    expect(priceBasket(blueBadge, {}).total).toBe(1000);
    const free = priceBasket(blueBadge, { benefits: ['pip', 'war-pension'] }, 'cy');
    expect(free.lines).toEqual([
      {
        itemId: 'blue-badge',
        description: 'Bathodyn glas',
        quantity: 1,
        unitAmount: 1000,
        amount: 0,
        concession: { id: 'war-pensioner', description: 'am ddim i bensiynwyr rhyfel', saving: 1000 },
      },
    ]);
    expect(free.requiresPayment).toBe(false);
  });

  it('adds items whose conditions hold, and counts quantities from answers', () => {
    const basket = priceBasket(blueBadge, { delivery: 'recorded', collect: false });
    expect(basket.lines.map((line) => [line.itemId, line.amount])).toEqual([
      ['blue-badge', 1000],
      ['replacement-postage', 250],
    ]);
    expect(describeBasket(basket)).toEqual(['Blue badge: £10', 'Recorded delivery: £2.50', 'Total: £12.50']);
    expect(priceBasket(blueBadge, { delivery: 'recorded', collect: true }).total).toBe(1000);
    const bins = priceBasket(gardenWaste, { bins: 2 }, 'cy');
    expect(describeBasket(bins)).toEqual(['Bin gwastraff gardd × 2: £90', 'Second bin discount: £0', 'Cyfanswm: £90']);
    expect(priceBasket(gardenWaste, { bins: 0 }).lines).toEqual([]);
  });

  it('refuses a quantity that is not a whole number in range, naming the answer', () => {
    for (const bins of [6, -1, 1.5, '2']) {
      const error = (() => {
        try {
          priceBasket(gardenWaste, { bins });
        } catch (e) {
          return e as ValidationError;
        }
        return undefined;
      })();
      expect(error?.path).toEqual(['answers', 'bins']);
    }
  });

  it('refuses a schedule with duplicate ids, negative amounts or a concession dearer than the item', () => {
    const item = { id: 'a', description: { en: 'A' }, amount: 100 };
    expect(() => parseFeeSchedule({ id: 's', version: 1, items: [item, item] })).toThrow(/Two items have the id "a"/);
    expect(() => parseFeeSchedule({ id: 's', version: 1, items: [{ ...item, amount: -1 }] })).toThrow(ValidationError);
    expect(() =>
      parseFeeSchedule({
        id: 's',
        version: 1,
        items: [{ ...item, concessions: [{ id: 'c', description: { en: 'C' }, amount: 200, when: { question: 'q', equals: true } }] }],
      }),
    ).toThrow(/costs more than the item/);
    expect(() => parseFeeSchedule({ id: 's', version: 1, items: [{ ...item, when: { question: 'q', like: 'x' } }] })).toThrow(
      ValidationError,
    );
  });

  it('keeps the breakdown with the payment, and refuses an amount that is not the basket total', async () => {
    const store = await createStore({ adapter: 'memory' });
    try {
      const ledger = createPaymentLedger({ store, provider: createSandboxProvider() });
      const basket = priceBasket(blueBadge, { delivery: 'recorded' });
      const payment = {
        basketId: 'bb-1',
        reference: 'BB-1',
        description: 'Blue badge',
        returnUrl: 'https://council.example.gov.uk/paid',
        basket,
      };
      await expect(ledger.start({ ...payment, amount: 1000 })).rejects.toMatchObject({ code: 'payments.records.basket_mismatch' });
      const { record } = await ledger.start({ ...payment, amount: basket.total });
      expect(record.data.breakdown).toEqual([
        { itemId: 'blue-badge', description: 'Blue badge', quantity: 1, unitAmount: 1000, amount: 1000, concessionId: null },
        { itemId: 'replacement-postage', description: 'Recorded delivery', quantity: 1, unitAmount: 250, amount: 250, concessionId: null },
      ]);
    } finally {
      await store.close();
    }
  });
});
