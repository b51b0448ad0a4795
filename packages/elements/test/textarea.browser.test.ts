import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { textareaAttributes } from '../src/index.js';
import { textareaExamples } from '../examples/textarea.examples.js';
import { cleanup, parseHtml, renderedMarkup, serverRender } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from './support/example-suite.js';
import { labelledFieldInTree, runValueFieldSuite } from './support/value-field-suite.js';

const textarea = componentFromAttributes('civic-textarea', textareaAttributes);

/** The server writes the value as the textarea's content, the client sets the live property: compare the rest as markup. */
function markupWithoutTextareaContent(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const control of copy.querySelectorAll('textarea')) control.textContent = '';
  return renderedMarkup(copy);
}

describe('<civic-textarea>', () => {
  afterEach(cleanup);

  runExampleSuite(textarea, textareaExamples, {
    accessibility: labelledFieldInTree('textarea', 'textbox'),
    parity: {
      server: 'Textarea',
      title: 'renders exactly what the server render function renders, value included',
      serverMarkup: markupWithoutTextareaContent,
      check({ element, example, server }) {
        expect(server.querySelector('textarea')!.value).to.equal(example.options.value ?? '');
        expect(element.textarea?.value).to.equal(example.options.value ?? '');
      },
    },
  });

  runValueFieldSuite(textarea, {
    server: 'Textarea',
    options: textareaExamples[3]!.options,
    control: 'textarea',
    values: ['1 High Street\nCardiff', 'Typed before upgrade'],
    afterAdoption: (element) => expect(element.textarea?.rows).to.equal(8),
  });

  it('renders GOV.UK’s textarea markup: 5 rows by default, error class, describedby hint then error', async () => {
    const element = await textarea.render({ ...textareaExamples[0]!.options, hint: 'Hint', errorMessage: 'Problem' });
    const control = element.textarea!;
    expect(control.className).to.equal('govuk-textarea govuk-textarea--error');
    expect(control.rows).to.equal(5);
    expect(control.getAttribute('aria-describedby')).to.equal('more-detail-hint more-detail-error');
    expect(element.querySelector('.govuk-form-group')!.className).to.equal('govuk-form-group govuk-form-group--error');
  });

  it('server-renders a value with markup characters and a leading newline as text, intact', async () => {
    const value = '\nline two </textarea><script>alert(1)</script> & more';
    const server = parseHtml(await serverRender('Textarea', { ...textareaExamples[0]!.options, value }));
    expect(server.querySelector('textarea')!.value).to.equal(value);
    expect(server.querySelector('script')).to.equal(null);
  });

  it('is reached with Tab, takes typing with new lines, and fires native input and change events', async () => {
    const element = await textarea.render(textareaExamples[0]!.options);
    const events: string[] = [];
    element.addEventListener('input', () => events.push('input'));
    element.addEventListener('change', () => events.push('change'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.textarea);
    await sendKeys({ type: 'One' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Two' });
    await sendKeys({ press: 'Tab' });
    expect(element.value).to.equal('One\nTwo');
    expect(events.filter((event) => event === 'input')).to.have.length(7);
    expect(events).to.include('change');
  });
});
