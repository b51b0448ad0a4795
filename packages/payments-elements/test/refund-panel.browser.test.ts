import { expect } from '@open-wc/testing';
import '../src/define.js';
import { refundPanelAttributes } from '../src/index.js';
import { refundPanelExamples } from '../examples/refund-panel.examples.js';
import { cleanup, container, serverRender } from '../../../tests/support/browser.js';
import { adoptServerHtml, componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';

const refundPanel = componentFromAttributes('civic-refund-panel', refundPanelAttributes);

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const base = { action: '/refund', paymentReference: 'REF-1', amountPaid: 10125, amountAvailable: 1250 };

/** What the form would send, caught before the browser leaves the page. */
function submitted(form: HTMLFormElement): Promise<{ action: string; method: string; data: [string, FormDataEntryValue][] }> {
  return new Promise((resolve) => {
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        resolve({ action: form.getAttribute('action') ?? '', method: form.method, data: [...new FormData(form).entries()] });
      },
      { once: true },
    );
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  });
}

describe('<civic-refund-panel>', () => {
  afterEach(cleanup);

  runExampleSuite(refundPanel, refundPanelExamples, {
    accessibility: {
      title: 'names the amount field by its label and describes it by its hint and any error',
      async check({ element, example, lang, tree }) {
        const { amountAvailable, errorMessage } = example.options;
        if (amountAvailable === 0) {
          expect(element.querySelector('input')).to.equal(null);
          expect(text(element.querySelector('.civic-refund-panel__refunded'))).to.equal('This payment has been refunded in full.');
          return;
        }
        const amount = `£${amountAvailable / 100}`.replace(/\.(\d)$/, '.$10');
        const hint =
          lang === 'cy' ? `Hyd at ${amount}. Newidiwch ef ar gyfer ad-daliad rhannol.` : `Up to ${amount}. Change it for a partial refund.`;
        const field = await tree('#refund-amount');
        expect(field).to.include({ role: 'textbox', name: lang === 'cy' ? 'Swm i’w ad-dalu' : 'Amount to refund' });
        // govuk-visually-hidden puts spaces around "Error:", which screen readers collapse.
        expect(field.description.replace(/\s+/g, ' ')).to.equal(errorMessage ? `${hint} Error: ${errorMessage}` : hint);
        expect(await tree('button')).to.include({ role: 'button', name: lang === 'cy' ? 'Ad-dalu' : 'Refund' });
      },
    },
    parity: { server: 'RefundPanel' },
  });

  it('shows what was paid and what is left in pounds, and starts the field at the whole amount left', async () => {
    const element = await refundPanel.render(base);
    expect([...element.querySelectorAll('.govuk-summary-list__value')].map((value) => text(value))).to.deep.equal([
      'REF-1',
      '£101.25',
      '£12.50',
    ]);
    expect(element.querySelector('input')?.value).to.equal('12.50');
  });

  it('submits a partial refund natively: the typed amount under the field name, posted to the action', async () => {
    const element = await refundPanel.render({ ...base, name: 'refundAmount' });
    element.querySelector('input')!.value = '5';
    const sent = await submitted(element.querySelector('form')!);
    expect(sent).to.deep.equal({ action: '/refund', method: 'post', data: [['refundAmount', '5']] });
  });

  it('keeps an amount typed into the server’s markup before the script loaded', async () => {
    const html = await serverRender('RefundPanel', base);
    const { element } = await adoptServerHtml<HTMLElement>(html, {
      before: (server) => {
        server.querySelector('input')!.value = '3.75';
      },
    });
    expect(element.querySelector('input')?.value).to.equal('3.75');
  });

  it('never posts to a javascript: action, in the browser or from the server', async () => {
    const element = await refundPanel.render({ ...base, action: 'javascript:alert(1)' });
    expect(element.querySelector('form')?.getAttribute('action')).to.equal('#');
    const html = await serverRender('RefundPanel', { ...base, action: 'javascript:alert(1)' }, { element: false });
    expect(new DOMParser().parseFromString(html, 'text/html').querySelector('form')?.getAttribute('action')).to.equal('#');
  });

  it('speaks Welsh from the closest lang, whatever the page says', async () => {
    const outer = container('en');
    const welsh = document.createElement('div');
    welsh.lang = 'cy';
    outer.append(welsh);
    const element = await refundPanel.render(base, welsh);
    expect(text(element.querySelector('h2'))).to.equal('Ad-dalu’r taliad hwn');
    expect(text(element.querySelector('.civic-refund-panel__available'))).to.equal('£12.50');
    expect(text(element.querySelector('button'))).to.equal('Ad-dalu');
  });
});
