import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { applyAttributes, textareaAttributes, type CivicTextarea, type TextareaOptions } from '../src/index.js';
import { textareaExamples } from '../examples/textarea.examples.js';
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

async function renderClient(options: TextareaOptions, lang = 'en'): Promise<CivicTextarea> {
  const element = document.createElement('civic-textarea');
  applyAttributes(element, textareaAttributes(options));
  container(lang).append(element);
  await element.updateComplete;
  return element;
}

/** The server writes the value as the textarea's content, the client sets the live property: compare the rest as markup. */
function markupWithoutTextareaContent(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const textarea of copy.querySelectorAll('textarea')) textarea.textContent = '';
  return renderedMarkup(copy);
}

describe('<civic-textarea>', () => {
  afterEach(cleanup);

  for (const example of textareaExamples) {
    describe(`example "${example.name}"`, () => {
      it('has no axe violations', async () => {
        const element = await renderClient(example.options, example.lang);
        await expectAccessible(element.parentElement);
      });

      it('names and describes the textarea from its label, hint and error in the accessibility tree', async () => {
        await renderClient(example.options, example.lang);
        const properties = await accessibleProperties(`#${example.options.id}`);
        expect(properties.role).to.equal('textbox');
        expect(properties.name).to.equal(example.options.label.text);
        const description = fieldDescription(example.options, example.lang);
        expect(collapseSpaces(properties.description)).to.equal(description);
      });

      it('renders exactly what the server render function renders, value included', async () => {
        const element = await renderClient(example.options, example.lang);
        const server = await serverMarkup('Textarea', example.options, example.lang);
        expect(server.querySelector('textarea')!.value).to.equal(example.options.value ?? '');
        expect(renderedMarkup(element)).to.equal(markupWithoutTextareaContent(server));
        expect(element.textarea?.value).to.equal(example.options.value ?? '');
      });
    });
  }

  it('renders GOV.UK’s textarea markup: 5 rows by default, error class, describedby hint then error', async () => {
    const element = await renderClient({ ...textareaExamples[0]!.options, hint: 'Hint', errorMessage: 'Problem' });
    const textarea = element.textarea!;
    expect(textarea.className).to.equal('govuk-textarea govuk-textarea--error');
    expect(textarea.rows).to.equal(5);
    expect(textarea.getAttribute('aria-describedby')).to.equal('more-detail-hint more-detail-error');
    expect(element.querySelector('.govuk-form-group')!.className).to.equal('govuk-form-group govuk-form-group--error');
  });

  it('server-renders a value with markup characters and a leading newline as text, intact', async () => {
    const value = '\nline two </textarea><script>alert(1)</script> & more';
    const server = parseHtml(await serverRender('Textarea', { ...textareaExamples[0]!.options, value }));
    expect(server.querySelector('textarea')!.value).to.equal(value);
    expect(server.querySelector('script')).to.equal(null);
  });

  it('adopts server-rendered markup and keeps what the person typed before the script loaded', async () => {
    const options = textareaExamples[3]!.options;
    const serverElement = parseHtml(await serverRender('Textarea', options));
    serverElement.querySelector('textarea')!.value = 'Typed before upgrade';
    const element = document.adoptNode(serverElement) as CivicTextarea;
    container().append(element);
    await element.updateComplete;
    expect(element.value).to.equal('Typed before upgrade');
    expect(element.querySelectorAll('textarea')).to.have.length(1);
    expect(element.textarea?.value).to.equal('Typed before upgrade');
    expect(element.textarea?.rows).to.equal(8);
  });

  it('is reached with Tab, takes typing with new lines, and fires native input and change events', async () => {
    const element = await renderClient(textareaExamples[0]!.options);
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

  it('submits its value with the form it sits in', async () => {
    const form = document.createElement('form');
    const element = document.createElement('civic-textarea');
    applyAttributes(element, textareaAttributes({ id: 'detail', name: 'detail', label: { text: 'Detail' }, value: 'Some detail' }));
    form.append(element);
    container().append(form);
    await element.updateComplete;
    expect(new FormData(form).get('detail')).to.equal('Some detail');
  });

  it('keeps the typed value when an error message appears', async () => {
    const element = await renderClient(textareaExamples[0]!.options);
    element.focus();
    await sendKeys({ type: 'Typed' });
    element.errorMessage = 'Enter less detail';
    await element.updateComplete;
    expect(element.textarea!.value).to.equal('Typed');
    expect(element.textarea!.getAttribute('aria-describedby')).to.equal('more-detail-error');
  });

  it('focuses the textarea when the error summary link is followed', async () => {
    const host = container();
    const summary = document.createElement('civic-error-summary');
    summary.setAttribute('errors', JSON.stringify([{ text: 'Enter more detail', href: '#more-detail' }]));
    host.append(summary);
    const element = await renderClient({ ...textareaExamples[0]!.options, errorMessage: 'Enter more detail' });
    await summary.updateComplete;
    summary.querySelector('a')!.click();
    expect(document.activeElement).to.equal(element.textarea);
  });

  it('speaks Welsh when the page language changes', async () => {
    const element = await renderClient({ ...textareaExamples[0]!.options, errorMessage: 'Rhowch fanylion' });
    element.parentElement!.lang = 'cy';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(element.querySelector('.govuk-error-message .govuk-visually-hidden')?.textContent).to.equal('Gwall:');
  });
});
