import { expect } from '@open-wc/testing';
import '../src/define.js';
import { tagAttributes, type CivicTag, type TagOptions } from '../src/index.js';
import { tagExamples } from '../examples/tag.examples.js';
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

async function renderClient(options: TagOptions, parent: HTMLElement = container()): Promise<CivicTag> {
  return renderElement('civic-tag', tagAttributes(options), parent);
}

describe('<civic-tag>', () => {
  afterEach(cleanup);

  for (const example of tagExamples) {
    describe(`example "${example.name}"`, () => {
      it('has no axe violations (including colour contrast)', async () => {
        const element = await renderClient(example.options, container(example.lang));
        await expectAccessible(element.parentElement);
      });

      it('is emphasised text in the accessibility tree, not a control', async () => {
        const element = await renderClient(example.options, container(example.lang));
        element.id = 'tag-under-test';
        const properties = await accessibleProperties('#tag-under-test .govuk-tag');
        expect(properties.role).to.equal('strong');
        expect(properties.ignored).to.equal(false);
        expect(element.querySelector('.govuk-tag')?.textContent).to.equal(example.options.text);
        expect(element.querySelector('.govuk-tag')?.className).to.equal(
          example.options.colour ? `govuk-tag govuk-tag--${example.options.colour}` : 'govuk-tag',
        );
      });

      it('renders exactly what the server render function renders', async () => {
        const element = await renderClient(example.options, container(example.lang));
        const server = await serverMarkup('Tag', example.options, example.lang);
        expect(renderedMarkup(element)).to.equal(renderedMarkup(server));
      });
    });
  }

  it('takes its text from its content', async () => {
    const element = document.createElement('civic-tag');
    element.setAttribute('colour', 'green');
    element.textContent = '  Completed ';
    container().append(element);
    await element.updateComplete;
    expect(element.querySelectorAll('.govuk-tag')).to.have.length(1);
    expect(element.querySelector('.govuk-tag')?.textContent).to.equal('Completed');
  });

  it('adopts server-rendered markup without duplicating it', async () => {
    const serverElement = parseHtml(await serverRender('Tag', { text: 'Completed', colour: 'green' }));
    const serverMarkup = renderedMarkup(serverElement);
    const element = document.adoptNode(serverElement) as CivicTag;
    container().append(element);
    await element.updateComplete;
    expect(element.text).to.equal('Completed');
    expect(element.querySelectorAll('.govuk-tag')).to.have.length(1);
    expect(renderedMarkup(element)).to.equal(serverMarkup);
  });

  it('changes colour when the attribute changes', async () => {
    const element = await renderClient({ text: 'In progress', colour: 'teal' });
    element.setAttribute('colour', 'green');
    element.text = 'Completed';
    await element.updateComplete;
    expect(element.querySelector('.govuk-tag')?.className).to.equal('govuk-tag govuk-tag--green');
    expect(element.querySelector('.govuk-tag')?.textContent).to.equal('Completed');
  });

  it('refuses an unknown colour on the server', async () => {
    let message = '';
    try {
      await serverRender('Tag', { text: 'Done', colour: 'blue' });
    } catch (error) {
      message = String(error);
    }
    expect(message).to.match(/colour/);
  });
});
