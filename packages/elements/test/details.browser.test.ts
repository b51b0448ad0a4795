import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { detailsAttributes, type CivicDetails, type DetailsOptions } from '../src/index.js';
import { detailsExamples } from '../examples/details.examples.js';
import {
  accessibleProperties,
  cleanup,
  container,
  parseHtml,
  renderedMarkup,
  serverRender,
  expectAccessible,
  renderElement,
  serverMarkup,
} from '../../../tests/support/browser.js';

async function renderClient(options: DetailsOptions, parent: HTMLElement = container()): Promise<CivicDetails> {
  return renderElement('civic-details', detailsAttributes(options), parent);
}

/** The native toggle event is queued as a task, so wait for it before reading `open`. */
async function toggled(element: CivicDetails): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

describe('<civic-details>', () => {
  afterEach(cleanup);

  for (const example of detailsExamples) {
    describe(`example "${example.name}"`, () => {
      it('has no axe violations', async () => {
        const element = await renderClient(example.options, container(example.lang));
        await expectAccessible(element.parentElement);
      });

      it('has a summary named by its text, expanded only when open', async () => {
        const element = await renderClient(example.options, container(example.lang));
        element.id = 'details-under-test';
        const summary = await accessibleProperties('#details-under-test summary');
        expect(summary.role).to.equal('DisclosureTriangle');
        expect(summary.name).to.equal(example.options.summaryText);
        expect(element.details?.open).to.equal(example.options.open === true);
        const text = await accessibleProperties('#details-under-test .govuk-details__text');
        expect(text.ignored).to.equal(example.options.open !== true);
      });

      it('renders exactly what the server render function renders', async () => {
        const element = await renderClient(example.options, container(example.lang));
        const server = await serverMarkup('Details', example.options, example.lang);
        expect(renderedMarkup(element)).to.equal(renderedMarkup(server));
      });
    });
  }

  it('opens and closes from the keyboard, and the open property follows', async () => {
    const element = await renderClient(detailsExamples[0]!.options);
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
    const element = await renderClient(detailsExamples[0]!.options);
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
    const serverElement = parseHtml(await serverRender('Details', options));
    const serverMarkup = renderedMarkup(serverElement);
    serverElement.querySelector('details')!.open = true;
    const element = document.adoptNode(serverElement) as CivicDetails;
    container().append(element);
    await element.updateComplete;
    expect(element.querySelectorAll('details')).to.have.length(1);
    expect(element.open).to.equal(true);
    expect(element.details?.open).to.equal(true);
    expect(element.summaryText).to.equal(options.summaryText);
    element.details!.open = false;
    await toggled(element);
    expect(renderedMarkup(element)).to.equal(serverMarkup);
  });
});
