import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { checkboxesAttributes, type CivicCheckboxes } from '../src/index.js';
import { checkboxesExamples } from '../examples/checkboxes.examples.js';
import { accessibleProperties, cleanup, renderedMarkup } from '../../../tests/support/browser.js';
import { afterLangChange, componentFromAttributes, runExampleSuite } from './support/example-suite.js';
import { choicesInTree, runChoicesSuite } from './support/choices-suite.js';

const checkboxes = componentFromAttributes('civic-checkboxes', checkboxesAttributes);

/** Without JavaScript govuk-frontend names the conditional content in `data-aria-controls` and sets no `aria-expanded`. */
function asServerWouldRender(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const input of copy.querySelectorAll('[aria-controls]')) {
    input.setAttribute('data-aria-controls', input.getAttribute('aria-controls')!);
    input.removeAttribute('aria-controls');
    input.removeAttribute('aria-expanded');
  }
  return renderedMarkup(copy);
}

const checkedValues = (element: CivicCheckboxes): string[] => element.inputs.filter((input) => input.checked).map((input) => input.value);

describe('<civic-checkboxes>', () => {
  afterEach(cleanup);

  runExampleSuite(checkboxes, checkboxesExamples, {
    accessibility: choicesInTree(
      'names the group from its legend, describes it with hint and error, and names and describes every checkbox',
      'checkbox',
    ),
    parity: {
      server: 'Checkboxes',
      title: 'renders the server markup, with conditional reveals promoted to aria-controls and aria-expanded',
      client: asServerWouldRender,
      check({ element, example, server }) {
        expect(server.querySelector('[aria-controls], [aria-expanded]')).to.equal(null);
        expect(element.values).to.deep.equal(example.options.values ?? []);
        expect(checkedValues(element)).to.deep.equal(example.options.values ?? []);
      },
    },
  });

  runChoicesSuite(checkboxes, {
    server: 'Checkboxes',
    options: checkboxesExamples[3]!.options,
    withChosen: (options, values) => ({ ...options, values: [...values] }),
    chosen: (element) => element.values,
    steer(element, values) {
      element.values = [...values];
    },
    values: [['email', 'post'], ['text']],
    afterAdoption(element) {
      expect(element.querySelector('#conditional-contact')!.classList.contains('govuk-checkboxes__conditional--hidden')).to.equal(true);
      expect(element.querySelector('#conditional-contact-2')!.classList.contains('govuk-checkboxes__conditional--hidden')).to.equal(false);
    },
  });

  it('renders GOV.UK ids, one name, the small class, exclusive behaviour and the translated divider', async () => {
    const element = await checkboxes.render(checkboxesExamples[2]!.options);
    expect(element.inputs.map((input) => input.id)).to.deep.equal(['countries', 'countries-2', 'countries-3', 'countries-5']);
    expect(new Set(element.inputs.map((input) => input.name))).to.deep.equal(new Set(['countries']));
    expect(element.querySelector('.govuk-checkboxes__divider')!.textContent).to.equal('or');
    expect(element.inputs[3]!.dataset['behaviour']).to.equal('exclusive');
    expect(element.inputs.filter((input) => input.hasAttribute('data-behaviour'))).to.have.length(1);
    const welsh = await checkboxes.render(checkboxesExamples[5]!.options, 'cy');
    expect(welsh.querySelector('.govuk-checkboxes__divider')!.textContent).to.equal('neu');
    const small = await checkboxes.render(checkboxesExamples[4]!.options);
    expect(small.querySelector('[data-module="govuk-checkboxes"]')!.className).to.equal('govuk-checkboxes govuk-checkboxes--small');
    const heading = await checkboxes.render(checkboxesExamples[0]!.options);
    expect(heading.querySelector('legend.govuk-fieldset__legend--l > h1.govuk-fieldset__heading')!.textContent).to.equal(
      'What is your nationality?',
    );
  });

  it('ticks and clears with Tab and Space, firing native change events, and keeps values in step', async () => {
    const element = await checkboxes.render(checkboxesExamples[0]!.options);
    const events: string[] = [];
    element.addEventListener('change', (event) => events.push((event.target as HTMLInputElement).value));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.inputs[0]);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.inputs[1]);
    await sendKeys({ press: 'Space' });
    expect(element.values).to.deep.equal(['british', 'irish']);
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(element.values).to.deep.equal(['irish']);
    expect(checkedValues(element)).to.deep.equal(['irish']);
    expect(events).to.deep.equal(['british', 'irish', 'british']);
  });

  it('clears every other box when the exclusive “none” option is ticked, and clears “none” when another is ticked', async () => {
    const element = await checkboxes.render(checkboxesExamples[2]!.options);
    const [france, portugal, , none] = element.inputs;
    france!.click();
    portugal!.click();
    await element.updateComplete;
    expect(checkedValues(element)).to.deep.equal(['france', 'portugal']);
    none!.click();
    await element.updateComplete;
    expect(checkedValues(element)).to.deep.equal(['none']);
    expect(element.values).to.deep.equal(['none']);
    // Keyboard path: Space on Spain (two Shift+Tabs back from "none") clears "none".
    none!.focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(checkedValues(element)).to.deep.equal(['spain']);
    expect(element.values).to.deep.equal(['spain']);
    none!.click();
    none!.click();
    await element.updateComplete;
    expect(checkedValues(element), 'clearing “none” ticks nothing back').to.deep.equal([]);
  });

  it('reveals conditional text for each ticked option, with aria-controls and aria-expanded kept in step', async () => {
    const element = await checkboxes.render(checkboxesExamples[3]!.options);
    const [email, text] = element.inputs;
    const emailReveal = element.querySelector('#conditional-contact')!;
    const textReveal = element.querySelector('#conditional-contact-2')!;
    expect(email!.getAttribute('aria-controls')).to.equal('conditional-contact');
    expect(email!.getAttribute('aria-expanded')).to.equal('false');
    expect(text!.getAttribute('aria-expanded')).to.equal('true');
    expect(element.inputs[2]!.hasAttribute('aria-expanded'), 'nothing to expand').to.equal(false);
    expect(getComputedStyle(emailReveal).display).to.equal('none');
    expect(getComputedStyle(textReveal).display).to.not.equal('none');
    email!.click();
    await element.updateComplete;
    expect(getComputedStyle(emailReveal).display, 'both can be open at once').to.not.equal('none');
    expect(getComputedStyle(textReveal).display).to.not.equal('none');
    expect(email!.getAttribute('aria-expanded')).to.equal('true');
    text!.click();
    await element.updateComplete;
    expect(getComputedStyle(textReveal).display).to.equal('none');
    expect(text!.getAttribute('aria-expanded')).to.equal('false');
    expect((await accessibleProperties('#contact')).role).to.equal('checkbox');
  });

  it('shows conditional text as text, never as markup', async () => {
    const element = await checkboxes.render({
      ...checkboxesExamples[3]!.options,
      items: [{ value: 'a', text: 'A', conditional: { text: '<img src=x onerror="alert(1)">' } }],
      values: ['a'],
    });
    expect(element.querySelector('img')).to.equal(null);
    expect(element.querySelector('.govuk-checkboxes__conditional')!.textContent!.trim()).to.equal('<img src=x onerror="alert(1)">');
  });

  it('says “or” on its divider in the language of the page, and follows a change of it', async () => {
    const element = await checkboxes.render(checkboxesExamples[2]!.options);
    expect(element.querySelector('.govuk-checkboxes__divider')!.textContent).to.equal('or');
    element.parentElement!.lang = 'cy';
    await afterLangChange(element);
    expect(element.querySelector('.govuk-checkboxes__divider')!.textContent).to.equal('neu');
  });
});
