import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { dateInputAttributes, type CivicDateInput } from '../src/index.js';
import { dateInputExamples } from '../examples/date-input.examples.js';
import { cleanup, container, fieldDescription, renderedMarkup, serverRender } from '../../../tests/support/browser.js';
import { afterLangChange, adoptServerHtml, componentFromAttributes, runExampleSuite } from './support/example-suite.js';
import { runErrorMessageSuite } from './support/error-message-suite.js';

const dateInput = componentFromAttributes('civic-date-input', dateInputAttributes);

const inError = (element: CivicDateInput): string[] =>
  element.inputs.filter((input) => input.classList.contains('govuk-input--error')).map((input) => input.id);

describe('<civic-date-input>', () => {
  afterEach(cleanup);

  runExampleSuite(dateInput, dateInputExamples, {
    accessibility: {
      title: 'names the group from its legend, describes it with hint and error, and labels each part',
      async check({ example, lang, tree }) {
        const group = await tree(`civic-date-input fieldset`);
        expect(group.role).to.equal('group');
        expect(group.name).to.equal(example.options.fieldset?.legend?.text);
        const description = fieldDescription(example.options, example.lang);
        expect(group.description.replace(/\s+/g, ' ').trim()).to.equal(description);
        const labels = lang === 'cy' ? ['Diwrnod', 'Mis', 'Blwyddyn'] : ['Day', 'Month', 'Year'];
        for (const [index, part] of (['day', 'month', 'year'] as const).entries()) {
          expect(await tree(`#${example.options.id}-${part}`)).to.include({ role: 'textbox', name: labels[index] });
        }
      },
    },
    parity: {
      server: 'DateInput',
      title: 'renders exactly what the server render function renders, with the typed values',
      check({ element, example, server }) {
        const serverValues = [...server.querySelectorAll('input')].map((input) => input.getAttribute('value') ?? '');
        const values = example.options.values ?? {};
        expect(serverValues).to.deep.equal([values.day ?? '', values.month ?? '', values.year ?? '']);
        expect(element.inputs.map((input) => input.value)).to.deep.equal(serverValues);
      },
    },
  });

  // A date input is a CivicElement, not a value field: it shares only the error message's behaviour.
  runErrorMessageSuite(dateInput, {
    options: dateInputExamples[0]!.options,
    id: 'passport-issued',
    linkTo: 'passport-issued-day',
    focuses: { title: 'the day', control: (element) => element.inputs[0] },
  });

  it('renders GOV.UK ids, names, widths, numeric keyboards and date-of-birth autocomplete', async () => {
    const element = await dateInput.render(dateInputExamples[1]!.options);
    expect(element.inputs.map((input) => input.id)).to.deep.equal(['dob-day', 'dob-month', 'dob-year']);
    expect(element.inputs.map((input) => input.name)).to.deep.equal(['dob-day', 'dob-month', 'dob-year']);
    expect(element.inputs.map((input) => input.getAttribute('autocomplete'))).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
    expect(element.inputs.map((input) => input.classList.contains('govuk-input--width-4'))).to.deep.equal([false, false, true]);
    expect(element.inputs.map((input) => input.classList.contains('govuk-input--width-2'))).to.deep.equal([true, true, false]);
    expect(element.inputs.every((input) => input.type === 'text' && input.inputMode === 'numeric')).to.equal(true);
    expect(element.querySelector('.govuk-date-input')!.id).to.equal('dob');
    const plain = await dateInput.render({ ...dateInputExamples[0]!.options, namePrefix: undefined });
    expect(plain.inputs.map((input) => input.name)).to.deep.equal(['day', 'month', 'year']);
    expect(plain.inputs.some((input) => input.hasAttribute('autocomplete'))).to.equal(false);
  });

  it('puts the error border on every part for a general error, and only on the named parts otherwise', async () => {
    expect(inError(await dateInput.render(dateInputExamples[0]!.options))).to.deep.equal([]);
    expect(inError(await dateInput.render(dateInputExamples[2]!.options))).to.deep.equal(['move-in-day', 'move-in-month', 'move-in-year']);
    expect(inError(await dateInput.render(dateInputExamples[3]!.options))).to.deep.equal(['licence-ends-year']);
    const both = await dateInput.render({ ...dateInputExamples[3]!.options, errorItems: ['day', 'month'] });
    expect(inError(both)).to.deep.equal(['licence-ends-day', 'licence-ends-month']);
    expect(both.errorTarget).to.equal('licence-ends-day');
  });

  it('is filled in with Tab and typing, keeping values in step and firing native events', async () => {
    const element = await dateInput.render(dateInputExamples[0]!.options);
    let inputs = 0;
    element.addEventListener('input', () => (inputs += 1));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.inputs[0]);
    await sendKeys({ type: '27' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '3' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.inputs[2]);
    await sendKeys({ type: '2007' });
    expect(element.values).to.deep.equal({ day: '27', month: '3', year: '2007' });
    expect(inputs).to.equal(7);
  });

  it('keeps what was typed when an error appears, and submits every part with its form', async () => {
    const form = document.createElement('form');
    container().append(form);
    const element = await dateInput.render(dateInputExamples[0]!.options, form);
    element.inputs[0]!.focus();
    await sendKeys({ type: '30' });
    element.inputs[1]!.focus();
    await sendKeys({ type: '2' });
    element.errorMessage = 'Date must be a real date';
    element.errorItems = ['day', 'month'];
    await element.updateComplete;
    expect(element.inputs.map((input) => input.value)).to.deep.equal(['30', '2', '']);
    expect(inError(element)).to.deep.equal(['passport-issued-day', 'passport-issued-month']);
    const data = new FormData(form);
    expect([data.get('passport-issued-day'), data.get('passport-issued-month'), data.get('passport-issued-year')]).to.deep.equal([
      '30',
      '2',
      '',
    ]);
  });

  it('adopts server-rendered markup and keeps what the person typed before the script loaded', async () => {
    const { element, serverMarkup } = await adoptServerHtml<CivicDateInput>(
      await serverRender('DateInput', dateInputExamples[1]!.options),
      {
        before(serverElement) {
          serverElement.querySelector<HTMLInputElement>('#dob-year')!.value = '1981';
        },
      },
    );
    expect(element.values).to.deep.equal({ day: '31', month: '03', year: '1981' });
    expect(element.inputs).to.have.length(3);
    expect(element.inputs.map((input) => input.value)).to.deep.equal(['31', '03', '1981']);
    expect(renderedMarkup(element)).to.equal(serverMarkup);
  });

  it('focuses the first part in error when the error summary link is followed, or the day', async () => {
    const host = container('cy');
    const example = dateInputExamples[4]!.options;
    const summary = document.createElement('civic-error-summary');
    const element = await dateInput.render(example, host);
    expect(element.errorTarget).to.equal('dyddiad-geni-month');
    summary.setAttribute('errors', JSON.stringify([{ text: example.errorMessage, href: `#${element.errorTarget}` }]));
    host.prepend(summary);
    await summary.updateComplete;
    summary.querySelector('a')!.click();
    expect(document.activeElement).to.equal(element.inputs[1]);
    const general = await dateInput.render(dateInputExamples[2]!.options);
    expect(general.errorTarget).to.equal('move-in-day');
    general.focus();
    expect(document.activeElement).to.equal(general.inputs[0]);
  });

  it('speaks Welsh when the page language changes', async () => {
    const element = await dateInput.render(dateInputExamples[2]!.options);
    const labels = (): string[] => [...element.querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(labels()).to.deep.equal(['Day', 'Month', 'Year']);
    element.parentElement!.lang = 'cy';
    await afterLangChange(element);
    expect(labels()).to.deep.equal(['Diwrnod', 'Mis', 'Blwyddyn']);
    expect(element.querySelector('.govuk-visually-hidden')!.textContent).to.equal('Gwall:');
  });
});
