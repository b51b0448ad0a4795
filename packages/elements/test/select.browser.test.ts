import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { selectAttributes, type CivicSelect, type SelectOptions } from '../src/index.js';
import { selectExamples } from '../examples/select.examples.js';
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
  fieldDescription,
  collapseSpaces,
} from '../../../tests/support/browser.js';

async function renderClient(options: SelectOptions, lang = 'en', parent: HTMLElement = container(lang)): Promise<CivicSelect> {
  return renderElement('civic-select', selectAttributes(options), parent);
}

describe('<civic-select>', () => {
  afterEach(cleanup);

  for (const example of selectExamples) {
    const id = example.options.id ?? example.options.name;
    describe(`example "${example.name}"`, () => {
      it('has no axe violations', async () => {
        const element = await renderClient(example.options, example.lang);
        await expectAccessible(element.parentElement);
      });

      it('names and describes the select from its label, hint and error in the accessibility tree', async () => {
        await renderClient(example.options, example.lang);
        const properties = await accessibleProperties(`#${id}`);
        expect(properties.role).to.equal('combobox');
        expect(properties.name).to.equal(example.options.label.text);
        const description = fieldDescription(example.options, example.lang);
        expect(collapseSpaces(properties.description)).to.equal(description);
      });

      it('renders exactly what the server render function renders, with the same option chosen', async () => {
        const element = await renderClient(example.options, example.lang);
        const server = await serverMarkup('Select', example.options, example.lang);
        expect(renderedMarkup(element)).to.equal(renderedMarkup(server));
        expect(element.select!.value).to.equal(server.querySelector('select')!.value);
        expect(element.select!.value).to.equal(example.options.value ?? example.options.items[0]!.value);
      });
    });
  }

  it('marks the chosen option, disables the unavailable one, and shows the error styles', async () => {
    const chosen = await renderClient(selectExamples[3]!.options, 'cy');
    expect([...chosen.select!.options].filter((option) => option.hasAttribute('selected')).map((option) => option.value)).to.deep.equal([
      'gwynedd',
    ]);
    expect(chosen.select!.className).to.equal('govuk-select govuk-select--error');
    expect(chosen.querySelector('.govuk-form-group--error')).to.exist;
    const withDisabled = await renderClient(selectExamples[1]!.options);
    expect([...withDisabled.select!.options].filter((option) => option.disabled).map((option) => option.value)).to.deep.equal(['tuesday']);
    expect(withDisabled.querySelector('h1.govuk-label-wrapper > label.govuk-label--l')).to.exist;
  });

  it('is reached with Tab, changes with the arrow keys skipping the disabled option, and fires native events', async () => {
    const element = await renderClient(selectExamples[1]!.options);
    const events: string[] = [];
    element.addEventListener('input', () => events.push('input'));
    element.addEventListener('change', () => events.push('change'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.select);
    await sendKeys({ press: 'ArrowDown' });
    expect(element.value).to.equal('monday');
    await sendKeys({ press: 'ArrowDown' });
    expect(element.value, 'Tuesday is fully booked').to.equal('wednesday');
    expect(events).to.deep.equal(['input', 'change', 'input', 'change']);
  });

  it('adopts server-rendered markup and keeps the choice made before the script loaded', async () => {
    const options = selectExamples[0]!.options;
    const serverElement = parseHtml(await serverRender('Select', options));
    serverElement.querySelector('select')!.value = 'views';
    const element = document.adoptNode(serverElement) as CivicSelect;
    container().append(element);
    await element.updateComplete;
    expect(element.value).to.equal('views');
    expect(element.querySelectorAll('select')).to.have.length(1);
    expect(element.select!.value).to.equal('views');
  });

  it('submits its value with the form, keeps the choice when an error appears, and follows the value property', async () => {
    const form = document.createElement('form');
    container().append(form);
    const element = await renderClient(selectExamples[2]!.options, 'en', form);
    expect(new FormData(form).get('ward')).to.equal('');
    element.select!.value = 'canton';
    element.select!.dispatchEvent(new Event('change', { bubbles: true }));
    element.errorMessage = 'Select a ward';
    await element.updateComplete;
    expect(element.value).to.equal('canton');
    expect(element.select!.value).to.equal('canton');
    expect(new FormData(form).get('ward')).to.equal('canton');
    element.value = 'splott';
    await element.updateComplete;
    expect(new FormData(form).get('ward'), 'the property steers the choice even after the person chose').to.equal('splott');
    element.value = 'no-such-ward';
    await element.updateComplete;
    expect(element.select!.value, 'an unknown value never blanks the select').to.equal('splott');
  });

  it('focuses the select when the error summary link is followed', async () => {
    const host = container();
    const summary = document.createElement('civic-error-summary');
    summary.setAttribute('errors', JSON.stringify([{ text: 'Select the ward you live in', href: '#ward' }]));
    host.append(summary);
    const element = await renderClient(selectExamples[2]!.options, 'en', host);
    await summary.updateComplete;
    summary.querySelector('a')!.click();
    expect(document.activeElement).to.equal(element.select);
  });

  it('speaks Welsh when the page language changes', async () => {
    const element = await renderClient(selectExamples[2]!.options);
    expect(element.querySelector('.govuk-visually-hidden')!.textContent).to.equal('Error:');
    element.parentElement!.lang = 'cy';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(element.querySelector('.govuk-visually-hidden')!.textContent).to.equal('Gwall:');
  });
});
