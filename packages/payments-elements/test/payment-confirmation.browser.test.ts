import { expect } from '@open-wc/testing';
import '../src/define.js';
import { paymentConfirmationAttributes } from '../src/index.js';
import { paymentConfirmationExamples } from '../examples/payment-confirmation.examples.js';
import { cleanup, container } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';

const paymentConfirmation = componentFromAttributes('civic-payment-confirmation', paymentConfirmationAttributes);

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<civic-payment-confirmation>', () => {
  afterEach(cleanup);

  runExampleSuite(paymentConfirmation, paymentConfirmationExamples, {
    accessibility: {
      title: 'has "Payment received" as its level 1 heading and "What happens next" at level 2',
      async check({ lang, tree }) {
        expect(await tree('h1')).to.include({ role: 'heading', name: lang === 'cy' ? 'Taliad wedi’i dderbyn' : 'Payment received' });
        expect(await tree('h2')).to.include({ role: 'heading', name: lang === 'cy' ? 'Beth sy’n digwydd nesaf' : 'What happens next' });
      },
    },
    parity: { server: 'PaymentConfirmation' },
    more: {
      'shows the reference in the panel'({ element, example }) {
        expect(text(element.querySelector('.govuk-panel__body strong'))).to.equal(example.options.reference);
      },
    },
  });

  it('writes the amount in pounds as GOV.UK does: £90, £101.25', async () => {
    const whole = await paymentConfirmation.render({ reference: 'A-1', amount: 9000 });
    expect(text(whole.querySelector('.civic-payment-confirmation__amount'))).to.equal('You paid £90');
    const pence = await paymentConfirmation.render({ reference: 'A-2', amount: 10125 });
    expect(text(pence.querySelector('.civic-payment-confirmation__amount'))).to.equal('You paid £101.25');
    const thousands = await paymentConfirmation.render({ reference: 'A-3', amount: 123450 });
    expect(text(thousands.querySelector('.civic-payment-confirmation__amount'))).to.equal('You paid £1,234.50');
  });

  it('speaks Welsh from the closest lang, whatever the page says', async () => {
    const outer = container('en');
    const welsh = document.createElement('section');
    welsh.lang = 'cy';
    outer.append(welsh);
    const element = await paymentConfirmation.render({ reference: 'GW-1', amount: 1250 }, welsh);
    expect(text(element.querySelector('h1'))).to.equal('Taliad wedi’i dderbyn');
    // innerText, as it is read aloud: the line break between the words and the reference counts as a space.
    expect(element.querySelector<HTMLElement>('.govuk-panel__body')?.innerText.replace(/\s+/g, ' ').trim()).to.equal(
      'Cyfeirnod eich taliad yw GW-1',
    );
    expect(text(element.querySelector('.civic-payment-confirmation__reference'))).to.equal('GW-1');
    expect(text(element.querySelector('.civic-payment-confirmation__amount'))).to.equal('Rydych wedi talu £12.50');
  });

  it('shows the service’s own next steps in place of the default', async () => {
    const element = await paymentConfirmation.render({ reference: 'A-4', amount: 500, nextSteps: 'Your permit will arrive by post.' });
    expect(text(element.querySelector('.civic-payment-confirmation__next'))).to.equal('Your permit will arrive by post.');
  });

  it('writes a reference as text, never as markup', async () => {
    const element = await paymentConfirmation.render({ reference: '<img src=x onerror=alert(1)>', amount: 500 });
    expect(element.querySelector('img')).to.equal(null);
    expect(text(element.querySelector('.civic-payment-confirmation__reference'))).to.equal('<img src=x onerror=alert(1)>');
  });
});
