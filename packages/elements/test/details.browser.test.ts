import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { detailsAttributes, type CivicDetails } from '../src/index.js';
import { detailsExamples } from '../examples/details.examples.js';
import { cleanup, renderedMarkup, serverRender } from '../../../tests/support/browser.js';
import { adoptServerHtml, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const details = componentFromAttributes('civic-details', detailsAttributes);

/** The native toggle event is queued as a task, so wait for it before reading `open`. */
async function toggled(element: CivicDetails): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

describe('<civic-details>', () => {
  afterEach(cleanup);

  runExampleSuite(details, detailsExamples, {
    accessibility: {
      title: 'has a summary named by its text, expanded only when open',
      async check({ element, example, tree }) {
        expect(await tree('summary')).to.include({ role: 'DisclosureTriangle', name: example.options.summaryText });
        expect(element.details?.open).to.equal(example.options.open === true);
        const text = await tree('.govuk-details__text');
        expect(text.ignored).to.equal(example.options.open !== true);
      },
    },
    parity: { server: 'Details' },
  });

  it('opens and closes from the keyboard, and the open property follows', async () => {
    const element = await details.render(detailsExamples[0]!.options);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.querySelector('summary'));
    await sendKeys({ press: 'Enter' });
    await toggled(element);
    expect(element.details?.open).to.equal(true);
    expect(element.open).to.equal(true);
    expect(element.hasAttribute('open')).to.equal(true);
    await sendKeys({ press: 'Space' });
    await toggled(element);
    expect(element.details?.open).to.equal(false);
    expect(element.open).to.equal(false);
  });

  it('opens and closes when the property is set', async () => {
    const element = await details.render(detailsExamples[0]!.options);
    element.open = true;
    await element.updateComplete;
    expect(element.details?.open).to.equal(true);
    element.querySelector('summary')!.click();
    await toggled(element);
    expect(element.open).to.equal(false);
    element.open = true;
    await element.updateComplete;
    expect(element.details?.open).to.equal(true);
  });

  it('adopts server markup and stays open if the person opened it before the script loaded', async () => {
    const options = detailsExamples[0]!.options;
    const { element, serverMarkup } = await adoptServerHtml<CivicDetails>(await serverRender('Details', options), {
      before(serverElement) {
        serverElement.querySelector('details')!.open = true;
      },
    });
    expect(element.querySelectorAll('details')).to.have.length(1);
    expect(element.open).to.equal(true);
    expect(element.details?.open).to.equal(true);
    expect(element.summaryText).to.equal(options.summaryText);
    element.details!.open = false;
    await toggled(element);
    expect(renderedMarkup(element)).to.equal(serverMarkup);
  });
});
