import { expect } from '@open-wc/testing';
import '../src/define.js';
import { panelAttributes, type CivicPanel } from '../src/index.js';
import { panelExamples } from '../examples/panel.examples.js';
import { cleanup, container, serverRender } from '../../../tests/support/browser.js';
import { adoptServerHtml, componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const panel = componentFromAttributes('civic-panel', panelAttributes);

describe('<civic-panel>', () => {
  afterEach(cleanup);

  runExampleSuite(panel, panelExamples, {
    accessibility: {
      title: 'is a heading of the chosen level named by the title',
      async check({ element, example, tree }) {
        expect(await tree('.govuk-panel__title')).to.include({ role: 'heading', name: example.options.titleText });
        const level = example.options.headingLevel ?? 1;
        expect(element.querySelector('.govuk-panel__title')?.tagName).to.equal(`H${level}`);
        expect(element.querySelector('.govuk-panel__body')?.textContent ?? undefined).to.equal(example.options.text);
      },
    },
    parity: { server: 'Panel' },
  });

  it('adopts server markup rendered without the element wrapper attributes', async () => {
    const inner = await serverRender('Panel', panelExamples[0]!.options, { element: false });
    const { element } = await adoptServerHtml<CivicPanel>(`<civic-panel>${inner}</civic-panel>`);
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
