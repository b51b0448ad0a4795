import { expect } from '@open-wc/testing';
import '../src/define.js';
import { insetTextAttributes } from '../src/index.js';
import { insetTextExamples } from '../examples/inset-text.examples.js';
import { accessibleProperties, cleanup, container } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const insetText = componentFromAttributes('civic-inset-text', insetTextAttributes);

describe('<civic-inset-text>', () => {
  afterEach(cleanup);

  runExampleSuite(insetText, insetTextExamples, {
    accessibility: {
      title: 'is a plain block of text in the accessibility tree, no landmark or control',
      async check({ element, example, tree }) {
        const properties = await tree('.govuk-inset-text');
        expect(properties.role).to.be.oneOf(['generic', 'none', null]);
        expect(properties.name).to.equal('');
        expect(element.querySelector('.govuk-inset-text')?.textContent).to.equal(example.options.text);
        expect(element.querySelector('.govuk-inset-text')?.id ?? '').to.equal(example.options.id ?? '');
      },
    },
    parity: { server: 'InsetText' },
  });

  it('takes its text from its content', async () => {
    const element = document.createElement('civic-inset-text');
    element.textContent = ' You must apply by 31 March. ';
    container().append(element);
    await element.updateComplete;
    expect(element.querySelectorAll('.govuk-inset-text')).to.have.length(1);
    expect(element.querySelector('.govuk-inset-text')?.textContent).to.equal('You must apply by 31 March.');
  });

  it('describes a field when its id is referenced', async () => {
    const parent = container();
    await insetText.render({ id: 'deadline-advice', text: 'Apply by 31 March.' }, parent);
    const input = document.createElement('input');
    input.id = 'described-input';
    input.setAttribute('aria-label', 'Date');
    input.setAttribute('aria-describedby', 'deadline-advice');
    parent.append(input);
    expect((await accessibleProperties('#described-input')).description).to.equal('Apply by 31 March.');
  });
});
