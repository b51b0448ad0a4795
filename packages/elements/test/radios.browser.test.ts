import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { radiosAttributes, type CivicRadios, type RadioItem, type RadiosOptions } from '../src/index.js';
import { radiosExamples } from '../examples/radios.examples.js';
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

async function renderClient(options: RadiosOptions, lang = 'en', parent: HTMLElement = container(lang)): Promise<CivicRadios> {
  return renderElement('civic-radios', radiosAttributes(options), parent);
}

/** Without JavaScript govuk-frontend names the conditional content in `data-aria-controls`; its script promotes it. */
function asServerWouldRender(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const input of copy.querySelectorAll('[aria-controls]')) {
    input.setAttribute('data-aria-controls', input.getAttribute('aria-controls')!);
    input.removeAttribute('aria-controls');
  }
  return renderedMarkup(copy);
}

const options = (example: (typeof radiosExamples)[number]): RadioItem[] =>
  example.options.items.filter((item): item is RadioItem => !('divider' in item));

describe('<civic-radios>', () => {
  afterEach(cleanup);

  for (const example of radiosExamples) {
    describe(`example "${example.name}"`, () => {
      it('has no axe violations', async () => {
        const element = await renderClient(example.options, example.lang);
        await expectAccessible(element.parentElement);
      });

      it('names the group from its legend, describes it with hint and error, and names every radio', async () => {
        const element = await renderClient(example.options, example.lang);
        const group = await accessibleProperties(`civic-radios fieldset`);
        expect(group.role).to.equal('group');
        expect(group.name).to.equal(example.options.fieldset.legend.text);
        const description = fieldDescription(example.options, example.lang);
        expect(group.description.replace(/\s+/g, ' ').trim()).to.equal(description);
        const items = options(example);
        expect(element.inputs).to.have.length(items.length);
        for (const [index, item] of items.entries()) {
          const radio = await accessibleProperties(`#${CSS.escape(element.inputs[index]!.id)}`);
          expect(radio.role).to.equal('radio');
          expect(radio.name).to.equal(item.text);
          expect(radio.description).to.equal(item.hint ?? '');
        }
      });

      it('renders the server markup, with conditional reveals promoted to aria-controls as govuk-frontend’s script does', async () => {
        const element = await renderClient(example.options, example.lang);
        const server = await serverMarkup('Radios', example.options, example.lang);
        expect(server.querySelector('[aria-controls], [aria-expanded]')).to.equal(null);
        expect(asServerWouldRender(element)).to.equal(renderedMarkup(server));
        expect(element.value).to.equal(example.options.value ?? '');
      });
    });
  }

  it('renders GOV.UK ids, one name, inline and small classes, and the translated divider', async () => {
    const element = await renderClient(radiosExamples[2]!.options);
    expect(element.inputs.map((input) => input.id)).to.deep.equal(['sign-in', 'sign-in-2', 'sign-in-4']);
    expect(new Set(element.inputs.map((input) => input.name))).to.deep.equal(new Set(['signIn']));
    expect(element.querySelector('.govuk-radios__divider')!.textContent).to.equal('or');
    const welsh = await renderClient(radiosExamples[5]!.options, 'cy');
    expect(welsh.querySelector('.govuk-radios__divider')!.textContent).to.equal('neu');
    const inline = await renderClient(radiosExamples[1]!.options);
    expect(inline.querySelector('[data-module="govuk-radios"]')!.className).to.equal('govuk-radios govuk-radios--inline');
    const small = await renderClient(radiosExamples[4]!.options);
    expect(small.querySelector('[data-module="govuk-radios"]')!.className).to.equal('govuk-radios govuk-radios--small');
    const heading = await renderClient(radiosExamples[0]!.options);
    expect(heading.querySelector('legend.govuk-fieldset__legend--l > h1.govuk-fieldset__heading')!.textContent).to.equal(
      'Where do you live?',
    );
  });

  it('moves between options with the arrow keys, choosing as it goes, as the browser’s radio group does', async () => {
    const element = await renderClient(radiosExamples[0]!.options);
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
    const element = await renderClient(radiosExamples[3]!.options);
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
    const element = await renderClient({
      ...radiosExamples[3]!.options,
      items: [{ value: 'a', text: 'A', conditional: { text: '<img src=x onerror="alert(1)">' } }],
      value: 'a',
    });
    expect(element.querySelector('img')).to.equal(null);
    expect(element.querySelector('.govuk-radios__conditional')!.textContent!.trim()).to.equal('<img src=x onerror="alert(1)">');
  });

  it('adopts server-rendered markup, keeping the choice made before the script loaded', async () => {
    const serverElement = parseHtml(await serverRender('Radios', radiosExamples[3]!.options));
    expect(serverElement.querySelector<HTMLInputElement>('#contact-2')!.checked).to.equal(true);
    serverElement.querySelector<HTMLInputElement>('#contact-3')!.checked = true;
    const element = document.adoptNode(serverElement) as CivicRadios;
    container().append(element);
    await element.updateComplete;
    expect(element.value).to.equal('post');
    expect(element.inputs).to.have.length(3);
    expect(element.inputs[2]!.checked).to.equal(true);
    expect(element.inputs[1]!.checked).to.equal(false);
    expect(element.querySelector('#conditional-contact-2')!.classList.contains('govuk-radios__conditional--hidden')).to.equal(true);
  });

  it('submits the chosen value with its form, and keeps the choice when an error message appears', async () => {
    const form = document.createElement('form');
    container().append(form);
    const element = await renderClient(radiosExamples[0]!.options, 'en', form);
    expect(new FormData(form).has('whereDoYouLive')).to.equal(false);
    element.inputs[2]!.click();
    element.errorMessage = 'Select where you live';
    await element.updateComplete;
    expect(element.inputs[2]!.checked).to.equal(true);
    expect(new FormData(form).getAll('whereDoYouLive')).to.deep.equal(['wales']);
    element.value = 'scotland';
    await element.updateComplete;
    expect(element.inputs[1]!.checked, 'the property steers the choice even after a click').to.equal(true);
    expect(new FormData(form).getAll('whereDoYouLive')).to.deep.equal(['scotland']);
  });

  it('focuses the first radio when the error summary link is followed', async () => {
    const host = container();
    const summary = document.createElement('civic-error-summary');
    summary.setAttribute('errors', JSON.stringify([{ text: 'Select the council', href: '#council' }]));
    host.append(summary);
    const element = await renderClient(radiosExamples[4]!.options, 'en', host);
    await summary.updateComplete;
    summary.querySelector('a')!.click();
    expect(document.activeElement).to.equal(element.inputs[0]);
    expect(element.inputs[0]!.id).to.equal('council');
  });
});
