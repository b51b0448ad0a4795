import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { checkboxesAttributes, type CheckboxItem, type CheckboxesOptions, type CivicCheckboxes } from '../src/index.js';
import { checkboxesExamples } from '../examples/checkboxes.examples.js';
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
} from '../../../tests/support/browser.js';

async function renderClient(options: CheckboxesOptions, lang = 'en', parent: HTMLElement = container(lang)): Promise<CivicCheckboxes> {
  return renderElement('civic-checkboxes', checkboxesAttributes(options), parent);
}

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

const itemsOf = (options: CheckboxesOptions): CheckboxItem[] => options.items.filter((item): item is CheckboxItem => !('divider' in item));

const checkedValues = (element: CivicCheckboxes): string[] => element.inputs.filter((input) => input.checked).map((input) => input.value);

describe('<civic-checkboxes>', () => {
  afterEach(cleanup);

  for (const example of checkboxesExamples) {
    describe(`example "${example.name}"`, () => {
      it('has no axe violations', async () => {
        const element = await renderClient(example.options, example.lang);
        await expectAccessible(element.parentElement);
      });

      it('names the group from its legend, describes it with hint and error, and names and describes every checkbox', async () => {
        const element = await renderClient(example.options, example.lang);
        const group = await accessibleProperties(`civic-checkboxes fieldset`);
        expect(group.role).to.equal('group');
        expect(group.name).to.equal(example.options.fieldset.legend.text);
        const description = fieldDescription(example.options, example.lang);
        expect(group.description.replace(/\s+/g, ' ').trim()).to.equal(description);
        const items = itemsOf(example.options);
        expect(element.inputs).to.have.length(items.length);
        for (const [index, item] of items.entries()) {
          const checkbox = await accessibleProperties(`#${CSS.escape(element.inputs[index]!.id)}`);
          expect(checkbox.role).to.equal('checkbox');
          expect(checkbox.name).to.equal(item.text);
          expect(checkbox.description).to.equal(item.hint ?? '');
        }
      });

      it('renders the server markup, with conditional reveals promoted to aria-controls and aria-expanded', async () => {
        const element = await renderClient(example.options, example.lang);
        const server = await serverMarkup('Checkboxes', example.options, example.lang);
        expect(server.querySelector('[aria-controls], [aria-expanded]')).to.equal(null);
        expect(asServerWouldRender(element)).to.equal(renderedMarkup(server));
        expect(element.values).to.deep.equal(example.options.values ?? []);
        expect(checkedValues(element)).to.deep.equal(example.options.values ?? []);
      });
    });
  }

  it('renders GOV.UK ids, one name, the small class, exclusive behaviour and the translated divider', async () => {
    const element = await renderClient(checkboxesExamples[2]!.options);
    expect(element.inputs.map((input) => input.id)).to.deep.equal(['countries', 'countries-2', 'countries-3', 'countries-5']);
    expect(new Set(element.inputs.map((input) => input.name))).to.deep.equal(new Set(['countries']));
    expect(element.querySelector('.govuk-checkboxes__divider')!.textContent).to.equal('or');
    expect(element.inputs[3]!.dataset['behaviour']).to.equal('exclusive');
    expect(element.inputs.filter((input) => input.hasAttribute('data-behaviour'))).to.have.length(1);
    const welsh = await renderClient(checkboxesExamples[5]!.options, 'cy');
    expect(welsh.querySelector('.govuk-checkboxes__divider')!.textContent).to.equal('neu');
    const small = await renderClient(checkboxesExamples[4]!.options);
    expect(small.querySelector('[data-module="govuk-checkboxes"]')!.className).to.equal('govuk-checkboxes govuk-checkboxes--small');
    const heading = await renderClient(checkboxesExamples[0]!.options);
    expect(heading.querySelector('legend.govuk-fieldset__legend--l > h1.govuk-fieldset__heading')!.textContent).to.equal(
      'What is your nationality?',
    );
  });

  it('ticks and clears with Tab and Space, firing native change events, and keeps values in step', async () => {
    const element = await renderClient(checkboxesExamples[0]!.options);
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
    const element = await renderClient(checkboxesExamples[2]!.options);
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
    const element = await renderClient(checkboxesExamples[3]!.options);
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
    const element = await renderClient({
      ...checkboxesExamples[3]!.options,
      items: [{ value: 'a', text: 'A', conditional: { text: '<img src=x onerror="alert(1)">' } }],
      values: ['a'],
    });
    expect(element.querySelector('img')).to.equal(null);
    expect(element.querySelector('.govuk-checkboxes__conditional')!.textContent!.trim()).to.equal('<img src=x onerror="alert(1)">');
  });

  it('adopts server-rendered markup, keeping the boxes ticked and cleared before the script loaded', async () => {
    const serverElement = parseHtml(await serverRender('Checkboxes', checkboxesExamples[3]!.options));
    expect(serverElement.querySelector<HTMLInputElement>('#contact-2')!.checked).to.equal(true);
    serverElement.querySelector<HTMLInputElement>('#contact-2')!.checked = false;
    serverElement.querySelector<HTMLInputElement>('#contact')!.checked = true;
    serverElement.querySelector<HTMLInputElement>('#contact-3')!.checked = true;
    const element = document.adoptNode(serverElement) as CivicCheckboxes;
    container().append(element);
    await element.updateComplete;
    expect(element.values).to.deep.equal(['email', 'post']);
    expect(element.inputs).to.have.length(3);
    expect(checkedValues(element)).to.deep.equal(['email', 'post']);
    expect(element.querySelector('#conditional-contact')!.classList.contains('govuk-checkboxes__conditional--hidden')).to.equal(false);
    expect(element.querySelector('#conditional-contact-2')!.classList.contains('govuk-checkboxes__conditional--hidden')).to.equal(true);
  });

  it('submits every ticked value with its form, and keeps the ticks when an error message appears', async () => {
    const form = document.createElement('form');
    container().append(form);
    const element = await renderClient(checkboxesExamples[0]!.options, 'en', form);
    expect(new FormData(form).has('nationality')).to.equal(false);
    element.inputs[0]!.click();
    element.inputs[2]!.click();
    element.errorMessage = 'Select your nationality';
    await element.updateComplete;
    expect(checkedValues(element)).to.deep.equal(['british', 'other']);
    expect(new FormData(form).getAll('nationality')).to.deep.equal(['british', 'other']);
    element.values = ['irish'];
    await element.updateComplete;
    expect(new FormData(form).getAll('nationality'), 'the property steers the ticks even after clicks').to.deep.equal(['irish']);
  });

  it('focuses the first checkbox when the error summary link is followed', async () => {
    const host = container();
    const summary = document.createElement('civic-error-summary');
    summary.setAttribute('errors', JSON.stringify([{ text: 'Select the help you need', href: '#support' }]));
    host.append(summary);
    const element = await renderClient(checkboxesExamples[4]!.options, 'en', host);
    await summary.updateComplete;
    summary.querySelector('a')!.click();
    expect(document.activeElement).to.equal(element.inputs[0]);
    expect(element.inputs[0]!.id).to.equal('support');
  });

  it('speaks Welsh when the page language changes', async () => {
    const element = await renderClient(checkboxesExamples[2]!.options);
    element.errorMessage = 'Dewiswch wlad';
    await element.updateComplete;
    expect(element.querySelector('.govuk-checkboxes__divider')!.textContent).to.equal('or');
    expect(element.querySelector('.govuk-visually-hidden')!.textContent).to.equal('Error:');
    element.parentElement!.lang = 'cy';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(element.querySelector('.govuk-checkboxes__divider')!.textContent).to.equal('neu');
    expect(element.querySelector('.govuk-visually-hidden')!.textContent).to.equal('Gwall:');
  });
});
