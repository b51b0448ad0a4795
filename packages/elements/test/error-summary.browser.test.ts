import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { applyAttributes, errorSummaryAttributes, textInputAttributes, type CivicErrorSummary } from '../src/index.js';
import { errorSummaryExamples } from '../examples/error-summary.examples.js';
import { cleanup, container, parseHtml, serverRender } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const errorSummary = componentFromAttributes('civic-error-summary', errorSummaryAttributes);

/** A page as a service shows it after a failed submit: the summary, then the fields it links to. */
async function pageWithErrors(disableAutoFocus = false): Promise<{ summary: CivicErrorSummary; page: HTMLElement }> {
  const page = container();
  const summary = await errorSummary.render(
    {
      errorList: [
        { text: 'Enter your full name', href: '#full-name' },
        { text: 'Enter your postcode', href: '#postcode' },
      ],
      disableAutoFocus,
    },
    page,
  );
  for (const [id, label, error] of [
    ['full-name', 'Full name', 'Enter your full name'],
    ['postcode', 'Postcode', 'Enter your postcode'],
  ] as const) {
    const field = document.createElement('civic-text-input');
    applyAttributes(field, textInputAttributes({ id, name: id, label: { text: label }, errorMessage: error }));
    page.append(field);
    await field.updateComplete;
  }
  return { summary, page };
}

describe('<civic-error-summary>', () => {
  afterEach(cleanup);

  runExampleSuite(errorSummary, errorSummaryExamples, {
    accessibility: {
      title: 'is an alert whose links are named by the problems',
      async check({ element, example, lang, tree }) {
        const alert = await tree('[role="alert"]');
        expect(alert.role).to.equal('alert');
        const links = element.querySelectorAll('a');
        expect(links).to.have.length(example.options.errorList.length);
        for (const [index, item] of example.options.errorList.entries()) {
          expect(await tree(`li:nth-child(${index + 1}) a`)).to.include({ role: 'link', name: item.text });
        }
        const title = element.querySelector('h2')?.textContent;
        expect(title).to.equal(lang === 'cy' ? 'Mae yna broblem' : 'There is a problem');
      },
    },
    parity: { server: 'ErrorSummary' },
  });

  it('takes focus when it appears, so the problems are announced first', async () => {
    const { summary } = await pageWithErrors();
    expect(document.activeElement).to.equal(summary.querySelector('.govuk-error-summary'));
  });

  it('shows nothing and takes no focus while it has no problems, and appears focused once it has some', async () => {
    const page = container();
    const field = document.createElement('input');
    page.append(field);
    field.focus();
    const summary = await errorSummary.render({ errorList: [] }, page);
    expect(summary.querySelector('.govuk-error-summary')).to.equal(null);
    expect(summary.getBoundingClientRect().height).to.equal(0);
    expect(document.activeElement).to.equal(field);

    summary.errorList = [{ text: 'Enter your full name', href: '#full-name' }];
    await summary.updateComplete;
    expect(document.activeElement).to.equal(summary.querySelector('.govuk-error-summary'));

    // Gone when the problems are fixed, and focused again when new ones appear.
    summary.errorList = [];
    await summary.updateComplete;
    expect(summary.querySelector('.govuk-error-summary')).to.equal(null);
    field.focus();
    summary.errorList = [{ text: 'Enter your postcode', href: '#postcode' }];
    await summary.updateComplete;
    expect(document.activeElement).to.equal(summary.querySelector('.govuk-error-summary'));
    // A change to a summary already shown leaves focus where the person put it.
    field.focus();
    summary.errorList = [{ text: 'Enter a real postcode', href: '#postcode' }];
    await summary.updateComplete;
    expect(document.activeElement).to.equal(field);
  });

  it('renders nothing on the server while it has no problems', async () => {
    const element = parseHtml(await serverRender('ErrorSummary', { errorList: [] }));
    expect(element.localName).to.equal('civic-error-summary');
    expect(element.querySelector('.govuk-error-summary')).to.equal(null);
    expect(element.textContent?.trim()).to.equal('');
  });

  it('focuses the field each link names, by click', async () => {
    const { summary } = await pageWithErrors(true);
    for (const link of summary.querySelectorAll('a')) {
      link.click();
      const id = link.getAttribute('href')!.slice(1);
      expect(document.activeElement, id).to.equal(document.getElementById(id));
      expect(location.hash).to.equal('');
    }
  });

  it('focuses the field each link names, from the keyboard', async () => {
    const { summary } = await pageWithErrors();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(summary.querySelector('a[href="#full-name"]'));
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(document.getElementById('full-name'));
    summary.querySelector<HTMLElement>('.govuk-error-summary')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(document.getElementById('postcode'));
  });

  it('adopts a server-rendered summary and keeps its links working', async () => {
    const serverElement = parseHtml(
      await serverRender('ErrorSummary', { errorList: [{ text: 'Enter your postcode', href: '#postcode' }], disableAutoFocus: true }),
    );
    const page = container();
    const element = document.adoptNode(serverElement) as CivicErrorSummary;
    page.append(element);
    const field = document.createElement('civic-text-input');
    applyAttributes(field, textInputAttributes({ id: 'postcode', name: 'postcode', label: { text: 'Postcode' } }));
    page.append(field);
    await element.updateComplete;
    await field.updateComplete;
    expect(element.querySelectorAll('.govuk-error-summary')).to.have.length(1);
    element.querySelector('a')!.click();
    expect(document.activeElement).to.equal(document.getElementById('postcode'));
  });

  it('refuses script URLs in links built from data', async () => {
    const element = await errorSummary.render({ errorList: [{ text: 'Bad', href: 'javascript:alert(1)' }], disableAutoFocus: true });
    expect(element.querySelector('a')!.getAttribute('href')).to.equal('#');
  });
});
