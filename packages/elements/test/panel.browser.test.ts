import { expect } from '@open-wc/testing';
import '../src/define.js';
import { panelAttributes, type CivicPanel, type PanelOptions } from '../src/index.js';
import { panelExamples } from '../examples/panel.examples.js';
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

async function renderClient(options: PanelOptions, parent: HTMLElement = container()): Promise<CivicPanel> {
  return renderElement('civic-panel', panelAttributes(options), parent);
}

describe('<civic-panel>', () => {
  afterEach(cleanup);

  for (const example of panelExamples) {
    describe(`example "${example.name}"`, () => {
      it('has no axe violations', async () => {
        const element = await renderClient(example.options, container(example.lang));
        await expectAccessible(element.parentElement);
      });

      it('is a heading of the chosen level named by the title', async () => {
        const element = await renderClient(example.options, container(example.lang));
        element.id = 'panel-under-test';
        const properties = await accessibleProperties('#panel-under-test .govuk-panel__title');
        expect(properties.role).to.equal('heading');
        expect(properties.name).to.equal(example.options.titleText);
        const level = example.options.headingLevel ?? 1;
        expect(element.querySelector('.govuk-panel__title')?.tagName).to.equal(`H${level}`);
        expect(element.querySelector('.govuk-panel__body')?.textContent ?? undefined).to.equal(example.options.text);
      });

      it('renders exactly what the server render function renders', async () => {
        const element = await renderClient(example.options, container(example.lang));
        const server = await serverMarkup('Panel', example.options, example.lang);
        expect(renderedMarkup(element)).to.equal(renderedMarkup(server));
      });
    });
  }

  it('adopts server-rendered markup without duplicating it', async () => {
    const options = panelExamples[2]!.options;
    const serverElement = parseHtml(await serverRender('Panel', options));
    const serverMarkup = renderedMarkup(serverElement);
    const element = document.adoptNode(serverElement) as CivicPanel;
    container().append(element);
    await element.updateComplete;
    expect(element.querySelectorAll('.govuk-panel')).to.have.length(1);
    expect(element.querySelector('h2')?.textContent).to.equal(options.titleText);
    expect(renderedMarkup(element)).to.equal(serverMarkup);
  });

  it('adopts server markup rendered without the element wrapper attributes', async () => {
    const inner = await serverRender('Panel', panelExamples[0]!.options, { element: false });
    const element = document.adoptNode(parseHtml(`<civic-panel>${inner}</civic-panel>`)) as CivicPanel;
    container().append(element);
    await element.updateComplete;
    expect(element.titleText).to.equal('Application complete');
    expect(element.text).to.equal('Your reference number HDJ2123F');
    expect(element.querySelectorAll('.govuk-panel')).to.have.length(1);
  });

  it('falls back to an h1 for a heading level outside 1 to 6', async () => {
    const element = document.createElement('civic-panel');
    element.setAttribute('title-text', 'Done');
    element.setAttribute('heading-level', '9');
    container().append(element);
    await element.updateComplete;
    expect(element.querySelector('.govuk-panel__title')?.tagName).to.equal('H1');
    element.setAttribute('heading-level', '3');
    await element.updateComplete;
    expect(element.querySelector('.govuk-panel__title')?.tagName).to.equal('H3');
  });
});
