import { expect } from '@open-wc/testing';
import { describeBasket, priceBasket } from '@civicbricks/payments';
import '../src/define.js';
import { paymentSummaryAttributes } from '../src/index.js';
import { paymentSummaryExamples, wasteFees } from '../examples/payment-summary.examples.js';
import { cleanup, container } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';

const paymentSummary = componentFromAttributes('civic-payment-summary', paymentSummaryAttributes);

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (element: Element): string[] =>
  [...element.querySelectorAll('tbody tr')].map((row) => `${text(row.querySelector('th'))}: ${text(row.querySelector('td'))}`);

describe('<civic-payment-summary>', () => {
  afterEach(cleanup);

  runExampleSuite(paymentSummary, paymentSummaryExamples, {
    accessibility: {
      title: 'is a table named by its caption, with a row header for each item and the total',
      async check({ element, lang, tree }) {
        expect(await tree('table')).to.include({
          role: 'table',
          name: lang === 'cy' ? 'Am beth rydych yn talu' : 'What you are paying for',
        });
        expect(element.querySelectorAll('tbody th[scope="row"]').length).to.equal(element.querySelectorAll('tbody tr').length);
      },
    },
    parity: { server: 'PaymentSummary' },
    more: {
      'shows each line and the total as describeBasket writes them'({ element, example }) {
        const expected = describeBasket(example.options.basket).map((line) =>
          line.replace(/ \(([^)]+)\)$/, ' $1').replace(/: (£[\d,.]+) (.+)$/, ' $2: $1'),
        );
        expect(rows(element)).to.deep.equal(expected);
      },
    },
  });

  it('writes whole pounds without pence and other amounts with two decimals, as GOV.UK does', async () => {
    const element = await paymentSummary.render({
      basket: priceBasket(wasteFees, { bins: 2, bulky: true, benefits: ['council-tax-reduction'] }),
    });
    expect([...element.querySelectorAll('.civic-payment-summary__amount')].map((cell) => text(cell))).to.deep.equal([
      '£90',
      '£11.25',
      '£101.25',
    ]);
  });

  it('takes its headings in Welsh from the closest lang, whatever the page says', async () => {
    const outer = container('en');
    const welsh = document.createElement('div');
    welsh.lang = 'cy';
    outer.append(welsh);
    const element = await paymentSummary.render({ basket: priceBasket(wasteFees, { bins: 1 }) }, welsh);
    expect(text(element.querySelector('caption'))).to.equal('Am beth rydych yn talu');
    expect(text(element.querySelector('.civic-payment-summary__total th'))).to.equal('Cyfanswm');
    expect(text(element.querySelector('thead'))).to.equal('Eitem Swm');
  });

  it('says there is nothing to pay when every item is free', async () => {
    const free = priceBasket({ ...wasteFees, items: [{ ...wasteFees.items[1]!, amount: 0, concessions: [] }] }, { bulky: true });
    const element = await paymentSummary.render({ basket: free });
    expect(text(element.querySelector('.civic-payment-summary__free'))).to.equal('There is nothing to pay.');
    expect(text(element.querySelector('.civic-payment-summary__total td'))).to.equal('£0');
  });
});
