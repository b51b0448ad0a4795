import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { applyAttributes, textInputAttributes, type CivicTextInput, type TextInputOptions } from '../src/index.js';
import { textInputExamples } from '../examples/text-input.examples.js';
import {
  accessibleProperties,
  cleanup,
  container,
  parseHtml,
  renderedMarkup,
  serverRender,
  expectAccessible,
  serverMarkup,
  fieldDescription,
  collapseSpaces,
} from '../../../tests/support/browser.js';

async function renderClient(options: TextInputOptions, lang = 'en'): Promise<CivicTextInput> {
  const element = document.createElement('civic-text-input');
  applyAttributes(element, textInputAttributes(options));
  container(lang).append(element);
  await element.updateComplete;
  return element;
}

describe('<civic-text-input>', () => {
  afterEach(cleanup);

  for (const example of textInputExamples) {
    describe(`example "${example.name}"`, () => {
      it('has no axe violations', async () => {
        const element = await renderClient(example.options, example.lang);
        await expectAccessible(element.parentElement);
      });

      it('names and describes the input from its label, hint and error in the accessibility tree', async () => {
        await renderClient(example.options, example.lang);
        const properties = await accessibleProperties(`#${example.options.id}`);
        expect(properties.role).to.equal('textbox');
        expect(properties.name).to.equal(example.options.label.text);
        const description = fieldDescription(example.options, example.lang);
        // govuk-visually-hidden adds spaces around its text (::before/::after) so words never run together; screen readers collapse them.
        expect(collapseSpaces(properties.description)).to.equal(description);
      });

      it('renders exactly what the server render function renders', async () => {
        const element = await renderClient(example.options, example.lang);
        const server = await serverMarkup('TextInput', example.options, example.lang);
        expect(renderedMarkup(element)).to.equal(renderedMarkup(server));
        expect(element.input?.value).to.equal(example.options.value ?? '');
      });
    });
  }

  it('adopts server-rendered markup and keeps what the person typed before the script loaded', async () => {
    const options = textInputExamples[3]!.options;
    const serverElement = parseHtml(await serverRender('TextInput', options));
    const serverMarkup = renderedMarkup(serverElement);
    serverElement.querySelector('input')!.value = '502135326';
    const element = document.adoptNode(serverElement) as CivicTextInput;
    container().append(element);
    await element.updateComplete;
    expect(element.value).to.equal('502135326');
    expect(element.querySelectorAll('input')).to.have.length(1);
    expect(element.input?.value).to.equal('502135326');
    expect(renderedMarkup(element)).to.equal(serverMarkup);
  });

  it('is reached with Tab, takes typing, and fires native input and change events', async () => {
    const element = await renderClient(textInputExamples[0]!.options);
    const events: string[] = [];
    element.addEventListener('input', () => events.push('input'));
    element.addEventListener('change', () => events.push('change'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.input);
    await sendKeys({ type: 'Warm space' });
    await sendKeys({ press: 'Tab' });
    expect(element.value).to.equal('Warm space');
    expect(events.filter((event) => event === 'input')).to.have.length('Warm space'.length);
    expect(events).to.include('change');
  });

  it('submits its value with the form it sits in', async () => {
    const form = document.createElement('form');
    const element = document.createElement('civic-text-input');
    applyAttributes(element, textInputAttributes({ id: 'postcode', name: 'postcode', label: { text: 'Postcode' }, value: 'SW1A 1AA' }));
    form.append(element);
    container().append(form);
    await element.updateComplete;
    expect(new FormData(form).get('postcode')).to.equal('SW1A 1AA');
  });

  it('keeps the typed value when an error message appears', async () => {
    const element = await renderClient(textInputExamples[0]!.options);
    element.input!.value = 'Typed';
    element.input!.dispatchEvent(new Event('input', { bubbles: true }));
    element.errorMessage = 'Enter a shorter name';
    await element.updateComplete;
    expect(element.input!.value).to.equal('Typed');
    expect(element.input!.getAttribute('aria-describedby')).to.equal('event-name-error');
    expect(element.querySelector('.govuk-form-group--error')).to.exist;
  });

  it('speaks Welsh when the page language changes', async () => {
    const element = await renderClient({ ...textInputExamples[0]!.options, errorMessage: 'Rhowch enw' });
    expect(element.querySelector('.govuk-visually-hidden')?.textContent).to.equal('Error:');
    element.parentElement!.lang = 'cy';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(element.querySelector('.govuk-visually-hidden')?.textContent).to.equal('Gwall:');
  });

  it('lets one instance change its own wording', async () => {
    const element = await renderClient({ ...textInputExamples[0]!.options, errorMessage: 'Enter a name' });
    element.messages = { errorPrefix: 'Problem:' };
    await element.updateComplete;
    expect(element.querySelector('.govuk-visually-hidden')?.textContent).to.equal('Problem:');
  });
});
