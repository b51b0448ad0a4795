import { expect } from '@open-wc/testing';
import { setAllowedUrlHosts } from '@civicbricks/elements';
import '../src/define.js';
import { paymentFailedAttributes, type FailureCode } from '../src/index.js';
import { paymentFailedExamples } from '../examples/payment-failed.examples.js';
import { cleanup, container, serverRender } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';

const paymentFailed = componentFromAttributes('civic-payment-failed', paymentFailedAttributes);

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const englishTitles: Readonly<Record<FailureCode, string>> = {
  P0010: 'Your payment was declined',
  P0020: 'Your payment session has expired',
  P0030: 'Your payment has been cancelled',
  P0040: 'Your payment has been cancelled',
  P0050: 'Sorry, there is a problem with the payment service',
};

describe('<civic-payment-failed>', () => {
  afterEach(() => {
    setAllowedUrlHosts(undefined);
    cleanup();
  });

  runExampleSuite(paymentFailed, paymentFailedExamples, {
    accessibility: {
      title: 'has the cause as its level 1 heading and "Try again" as a button',
      async check({ example, lang, tree }) {
        const title = lang === 'cy' ? 'Cafodd eich taliad ei wrthod' : englishTitles[example.options.code];
        expect(await tree('h1')).to.include({ role: 'heading', name: title });
        expect(await tree('a')).to.include({ role: 'button', name: lang === 'cy' ? 'Rhoi cynnig arall arni' : 'Try again' });
      },
    },
    parity: { server: 'PaymentFailed' },
    more: {
      'links "Try again" to the service’s page'({ element, example }) {
        expect(element.querySelector('a.govuk-button')?.getAttribute('href')).to.equal(example.options.tryAgainHref);
      },
    },
  });

  it('tells a user who cancelled apart from a service that cancelled', async () => {
    const byUser = await paymentFailed.render({ code: 'P0030', tryAgainHref: '/pay' });
    const byService = await paymentFailed.render({ code: 'P0040', tryAgainHref: '/pay' });
    expect(text(byUser.querySelector('.civic-payment-failed__cause'))).to.match(/^You cancelled the payment/);
    expect(text(byService.querySelector('.civic-payment-failed__cause'))).to.match(/^The service cancelled the payment/);
  });

  it('speaks Welsh from the closest lang, whatever the page says', async () => {
    const outer = container('en');
    const welsh = document.createElement('div');
    welsh.lang = 'cy';
    outer.append(welsh);
    const element = await paymentFailed.render({ code: 'P0020', tryAgainHref: '/pay' }, welsh);
    expect(text(element.querySelector('h1'))).to.equal('Mae eich sesiwn dalu wedi dod i ben');
    expect(text(element.querySelector('a'))).to.equal('Rhoi cynnig arall arni');
  });

  for (const href of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'java\tscript:alert(1)']) {
    it(`never links "Try again" to ${JSON.stringify(href)}, in the browser or from the server`, async () => {
      const element = await paymentFailed.render({ code: 'P0010', tryAgainHref: href });
      expect(element.querySelector('a')?.getAttribute('href')).to.equal('#');
      const html = await serverRender('PaymentFailed', { code: 'P0010', tryAgainHref: href }, { element: false });
      const server = new DOMParser().parseFromString(html, 'text/html');
      expect(server.querySelector('a')?.getAttribute('href')).to.equal('#');
    });
  }

  it('follows the page’s host policy for an absolute "Try again" URL', async () => {
    setAllowedUrlHosts(['council.example.gov.uk']);
    const allowed = await paymentFailed.render({ code: 'P0010', tryAgainHref: 'https://council.example.gov.uk/pay' });
    expect(allowed.querySelector('a')?.getAttribute('href')).to.equal('https://council.example.gov.uk/pay');
    const elsewhere = await paymentFailed.render({ code: 'P0010', tryAgainHref: 'https://evil.example/pay' });
    expect(elsewhere.querySelector('a')?.getAttribute('href')).to.equal('#');
  });

  it('refuses an unknown code on the server with a typed error naming the option', async () => {
    let message = '';
    try {
      await serverRender('PaymentFailed', { code: 'P9999', tryAgainHref: '/pay' });
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).to.include('code');
  });
});
