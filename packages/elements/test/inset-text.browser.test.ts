import { expect } from '@open-wc/testing';
import '../src/define.js';
import { insetTextAttributes, type CivicInsetText, type InsetTextOptions } from '../src/index.js';
import { insetTextExamples } from '../examples/inset-text.examples.js';
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

async function renderClient(options: InsetTextOptions, parent: HTMLElement = container()): Promise<CivicInsetText> {
  return renderElement('civic-inset-text', insetTextAttributes(options), parent);
}

describe('<civic-inset-text>', () => {
  afterEach(cleanup);

  for (const example of insetTextExamples) {
    describe(`example "${example.name}"`, () => {
      it('has no axe violations', async () => {
        const element = await renderClient(example.options, container(example.lang));
        await expectAccessible(element.parentElement);
      });

      it('is a plain block of text in the accessibility tree, no landmark or control', async () => {
        const element = await renderClient(example.options, container(example.lang));
        element.id = 'inset-under-test';
        const properties = await accessibleProperties('#inset-under-test .govuk-inset-text');
        expect(properties.role).to.be.oneOf(['generic', 'none', null]);
        expect(properties.name).to.equal('');
        expect(element.querySelector('.govuk-inset-text')?.textContent).to.equal(example.options.text);
        expect(element.querySelector('.govuk-inset-text')?.id ?? '').to.equal(example.options.id ?? '');
      });

      it('renders exactly what the server render function renders', async () => {
        const element = await renderClient(example.options, container(example.lang));
        const server = await serverMarkup('InsetText', example.options, example.lang);
        expect(renderedMarkup(element)).to.equal(renderedMarkup(server));
      });
    });
  }

  it('takes its text from its content', async () => {
    const element = document.createElement('civic-inset-text');
    element.textContent = ' You must apply by 31 March. ';
    container().append(element);
    await element.updateComplete;
    expect(element.querySelectorAll('.govuk-inset-text')).to.have.length(1);
    expect(element.querySelector('.govuk-inset-text')?.textContent).to.equal('You must apply by 31 March.');
  });

  it('adopts server-rendered markup without duplicating it', async () => {
    const options = insetTextExamples[1]!.options;
    const serverElement = parseHtml(await serverRender('InsetText', options));
    const serverMarkup = renderedMarkup(serverElement);
    const element = document.adoptNode(serverElement) as CivicInsetText;
    container().append(element);
    await element.updateComplete;
    expect(element.text).to.equal(options.text);
    expect(element.querySelectorAll('.govuk-inset-text')).to.have.length(1);
    expect(renderedMarkup(element)).to.equal(serverMarkup);
  });

  it('describes a field when its id is referenced', async () => {
    const parent = container();
    await renderClient({ id: 'deadline-advice', text: 'Apply by 31 March.' }, parent);
    const input = document.createElement('input');
    input.id = 'described-input';
    input.setAttribute('aria-label', 'Date');
    input.setAttribute('aria-describedby', 'deadline-advice');
    parent.append(input);
    expect((await accessibleProperties('#described-input')).description).to.equal('Apply by 31 March.');
  });
});
