import { describe, expect, it } from 'vitest';
import { describeBasket, parseFeeSchedule, priceBasket } from '../src/index.js';
import { redactApiKey } from '../src/govuk-pay/index.js';

// What the README shows, kept true.
describe('README examples', () => {
  it('prices the blue badge example in Welsh', () => {
    const schedule = parseFeeSchedule({
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
              description: { en: 'free for war pensioners' },
              amount: 0,
              when: { question: 'benefits', in: ['war-pension'] },
            },
          ],
        },
      ],
    });
    expect(describeBasket(priceBasket(schedule, {}, 'cy'))).toEqual(['Bathodyn glas: £10', 'Cyfanswm: £10']);
    expect(priceBasket(schedule, { benefits: 'war-pension' }).requiresPayment).toBe(false);
  });

  it('shows an API key the way the README says', () => {
    expect(redactApiKey(`api_live_${'x'.repeat(52)}`)).toBe('api_live_[redacted, 61 characters]');
  });
});
