import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { radiosAttributes } from '../src/index.js';
import { radiosExamples } from '../examples/radios.examples.js';
import { cleanup, renderedMarkup } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from './support/example-suite.js';
import { choicesInTree, runChoicesSuite } from './support/choices-suite.js';

const radios = componentFromAttributes('civic-radios', radiosAttributes);

/** Without JavaScript govuk-frontend names the conditional content in `data-aria-controls`; its script promotes it. */
function asServerWouldRender(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const input of copy.querySelectorAll('[aria-controls]')) {
    input.setAttribute('data-aria-controls', input.getAttribute('aria-controls')!);
    input.removeAttribute('aria-controls');
  }
  return renderedMarkup(copy);
}

describe('<civic-radios>', () => {
  afterEach(cleanup);

  runExampleSuite(radios, radiosExamples, {
    accessibility: choicesInTree('names the group from its legend, describes it with hint and error, and names every radio', 'radio'),
    parity: {
      server: 'Radios',
      title: 'renders the server markup, with conditional reveals promoted to aria-controls as govuk-frontend’s script does',
      client: asServerWouldRender,
      check({ element, example, server }) {
        expect(server.querySelector('[aria-controls], [aria-expanded]')).to.equal(null);
        expect(element.value).to.equal(example.options.value ?? '');
      },
    },
  });

  runChoicesSuite(radios, {
    server: 'Radios',
    options: radiosExamples[3]!.options,
    withChosen: (options, values) => ({ ...options, value: values[0] }),
    chosen: (element) => (element.value ? [element.value] : []),
    steer(element, values) {
      element.value = values[0] ?? '';
    },
    values: [['phone'], ['post']],
    afterAdoption(element) {
      expect(element.querySelector('#conditional-contact-2')!.classList.contains('govuk-radios__conditional--hidden')).to.equal(true);
    },
  });

  it('renders GOV.UK ids, one name, inline and small classes, and the translated divider', async () => {
    const element = await radios.render(radiosExamples[2]!.options);
    expect(element.inputs.map((input) => input.id)).to.deep.equal(['sign-in', 'sign-in-2', 'sign-in-4']);
    expect(new Set(element.inputs.map((input) => input.name))).to.deep.equal(new Set(['signIn']));
    expect(element.querySelector('.govuk-radios__divider')!.textContent).to.equal('or');
    const welsh = await radios.render(radiosExamples[5]!.options, 'cy');
    expect(welsh.querySelector('.govuk-radios__divider')!.textContent).to.equal('neu');
    const inline = await radios.render(radiosExamples[1]!.options);
    expect(inline.querySelector('[data-module="govuk-radios"]')!.className).to.equal('govuk-radios govuk-radios--inline');
    const small = await radios.render(radiosExamples[4]!.options);
    expect(small.querySelector('[data-module="govuk-radios"]')!.className).to.equal('govuk-radios govuk-radios--small');
    const heading = await radios.render(radiosExamples[0]!.options);
    expect(heading.querySelector('legend.govuk-fieldset__legend--l > h1.govuk-fieldset__heading')!.textContent).to.equal(
      'Where do you live?',
    );
  });

  it('moves between options with the arrow keys, choosing as it goes, as the browser’s radio group does', async () => {
    const element = await radios.render(radiosExamples[0]!.options);
    const events: string[] = [];
    element.addEventListener('change', (event) => events.push((event.target as HTMLInputElement).value));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.inputs[0]);
    await sendKeys({ press: 'Space' });
    expect(element.value).to.equal('england');
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(element.inputs[1]);
    expect(element.value).to.equal('scotland');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(element.value).to.equal('england');
    await sendKeys({ press: 'ArrowUp' });
    expect(element.value, 'wraps round to the last').to.equal('northern-ireland');
    expect(events).to.deep.equal(['england', 'scotland', 'wales', 'scotland', 'england', 'northern-ireland']);
    expect(element.inputs.filter((input) => input.checked)).to.have.length(1);
  });

  it('reveals conditional text for the chosen option only, controlled through aria-controls', async () => {
    const element = await radios.render(radiosExamples[3]!.options);
    const email = element.inputs[0];
    const emailReveal = element.querySelector('#conditional-contact')!;
    const phoneReveal = element.querySelector('#conditional-contact-2')!;
    expect(email!.getAttribute('aria-controls')).to.equal('conditional-contact');
    expect(email!.hasAttribute('aria-expanded'), 'not allowed on role radio (govuk-frontend#979)').to.equal(false);
    expect(emailReveal.classList.contains('govuk-radios__conditional--hidden')).to.equal(true);
    expect(phoneReveal.classList.contains('govuk-radios__conditional--hidden')).to.equal(false);
    expect(getComputedStyle(emailReveal).display).to.equal('none');
    email!.click();
    await element.updateComplete;
    expect(getComputedStyle(emailReveal).display).to.not.equal('none');
    expect(getComputedStyle(phoneReveal).display).to.equal('none');
    expect(emailReveal.textContent!.trim()).to.equal('We will email the address you gave on the last page.');
  });

  it('shows conditional text as text, never as markup', async () => {
    const element = await radios.render({
      ...radiosExamples[3]!.options,
      items: [{ value: 'a', text: 'A', conditional: { text: '<img src=x onerror="alert(1)">' } }],
      value: 'a',
    });
    expect(element.querySelector('img')).to.equal(null);
    expect(element.querySelector('.govuk-radios__conditional')!.textContent!.trim()).to.equal('<img src=x onerror="alert(1)">');
  });
});
