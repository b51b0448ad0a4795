import { expect } from '@open-wc/testing';
import '../src/define.js';
import { tagAttributes } from '../src/index.js';
import { tagExamples } from '../examples/tag.examples.js';
import { cleanup, container, serverRender } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const tag = componentFromAttributes('civic-tag', tagAttributes);

describe('<civic-tag>', () => {
  afterEach(cleanup);

  runExampleSuite(tag, tagExamples, {
    accessibility: {
      title: 'is emphasised text in the accessibility tree, not a control',
      async check({ element, example, tree }) {
        expect(await tree('.govuk-tag')).to.include({ role: 'strong', ignored: false });
        expect(element.querySelector('.govuk-tag')?.textContent).to.equal(example.options.text);
        expect(element.querySelector('.govuk-tag')?.className).to.equal(
          example.options.colour ? `govuk-tag govuk-tag--${example.options.colour}` : 'govuk-tag',
        );
      },
    },
    parity: { server: 'Tag' },
  });

  it('takes its text from its content', async () => {
    const element = document.createElement('civic-tag');
    element.setAttribute('colour', 'green');
    element.textContent = '  Completed ';
    container().append(element);
    await element.updateComplete;
    expect(element.querySelectorAll('.govuk-tag')).to.have.length(1);
    expect(element.querySelector('.govuk-tag')?.textContent).to.equal('Completed');
  });

  it('changes colour when the attribute changes', async () => {
    const element = await tag.render({ text: 'In progress', colour: 'teal' });
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
