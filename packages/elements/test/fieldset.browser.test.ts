import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import {
  applyAttributes,
  fieldsetAttributes,
  textInputAttributes,
  type CivicFieldset,
  type CivicTextInput,
  type FieldsetOptions,
  type TextInputOptions,
} from '../src/index.js';
import { fieldsetExamples } from '../examples/fieldset.examples.js';
import {
  accessibleProperties,
  cleanup,
  container,
  expectAccessible,
  parseHtml,
  renderedMarkup,
  serverRender,
} from '../../../tests/support/browser.js';
import { adoptServerHtml, parentFor, runExampleSuite, type ComponentUnderTest } from './support/example-suite.js';

interface Content {
  readonly options: FieldsetOptions;
  readonly children: readonly TextInputOptions[];
  readonly lang?: string | undefined;
}

function textInput(options: TextInputOptions): CivicTextInput {
  const element = document.createElement('civic-text-input');
  applyAttributes(element, textInputAttributes(options));
  return element;
}

/** The fieldset as an author writes it: attributes, and the text inputs between the tags. */
const fieldset: ComponentUnderTest<CivicFieldset, Content> = {
  tag: 'civic-fieldset',
  async render(content, place = content.lang ?? 'en') {
    const element = document.createElement('civic-fieldset');
    applyAttributes(element, fieldsetAttributes(content.options));
    element.append(...content.children.map(textInput));
    parentFor(place).append(element);
    await element.updateComplete;
    await Promise.all([...element.querySelectorAll('civic-text-input')].map((input) => input.updateComplete));
    return element;
  },
};

/** The content as a service renders it: each text input through `renderTextInput`, joined into `trustedInnerHtml`. */
async function serverOptions(content: Content): Promise<FieldsetOptions> {
  const inputs = await Promise.all(content.children.map((child) => serverRender('TextInput', child, { lang: content.lang ?? 'en' })));
  return { ...content.options, trustedInnerHtml: inputs.join('') };
}

const inputsOf = (element: Element): HTMLInputElement[] => [...element.querySelectorAll('input')];
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('<civic-fieldset>', () => {
  afterEach(cleanup);

  // The suite renders an example from its options: here the whole example, since its content is part of it.
  const examples = fieldsetExamples.map((example) => ({ name: example.name, lang: example.lang, options: example }));
  runExampleSuite(fieldset, examples, {
    accessibility: {
      title: 'is a group named by its legend, holding the author’s inputs after the legend',
      async check({ element, example: { options: content }, tree }) {
        expect(await tree('fieldset')).to.include({ role: 'group', name: content.options.legend.text });
        const native = element.fieldset!;
        expect(native.firstElementChild?.localName).to.equal('legend');
        expect([...native.children].slice(1).map((child) => child.localName)).to.deep.equal(content.children.map(() => 'civic-text-input'));
        expect(element.children.length === 1 && element.firstElementChild === native, 'only the fieldset is left outside').to.equal(true);
        for (const child of content.children) {
          const input = await tree(`#${child.id}`);
          expect(input.name).to.equal(child.label.text);
        }
        if (content.options.legend.isPageHeading) {
          expect(await tree('legend h1')).to.include({ role: 'heading', name: content.options.legend.text });
        } else {
          expect(element.querySelectorAll('h1')).to.have.length(0);
        }
      },
    },
    parity: {
      server: 'Fieldset',
      serverOptions,
      title: 'renders exactly what the server render function renders, content included',
      check({ element, example: { options: content } }) {
        expect(inputsOf(element).map((input) => input.value)).to.deep.equal(content.children.map((child) => child.value ?? ''));
      },
    },
  });

  it('takes the GOV.UK legend classes and the fieldset’s role and description', async () => {
    const sizes = fieldsetExamples.map((example) => example.options.legend.size);
    expect(sizes).to.include.members(['s', 'm', 'l', 'xl']);
    for (const example of fieldsetExamples) {
      const element = await fieldset.render(example);
      expect(element.querySelector('legend')!.className).to.equal(
        `govuk-fieldset__legend govuk-fieldset__legend--${example.options.legend.size}`,
      );
      expect(element.fieldset!.getAttribute('role')).to.equal(example.options.role ?? null);
      expect(element.hasAttribute('role'), 'the element itself has no role').to.equal(false);
    }
    // As an author writes it: the hint first among the children, named by `described-by`.
    const example = fieldsetExamples[3]!;
    cleanup();
    const element = document.createElement('civic-fieldset');
    applyAttributes(element, fieldsetAttributes({ ...example.options, describedBy: 'contact-hint' }));
    const hint = document.createElement('div');
    hint.id = 'contact-hint';
    hint.className = 'govuk-hint';
    hint.textContent = 'We will only use these to contact you about your application';
    element.append(hint, ...example.children.map(textInput));
    container().append(element);
    await element.updateComplete;
    expect(element.fieldset!.children[1] === hint, 'the hint is moved in after the legend').to.equal(true);
    expect(element.fieldset!.getAttribute('aria-describedby')).to.equal('contact-hint');
    const group = await accessibleProperties('civic-fieldset fieldset');
    expect(group.description).to.equal(hint.textContent);
    await expectAccessible(element.parentElement);
  });

  it('is filled in with Tab and typing, in the order the author wrote the inputs, and submits natively', async () => {
    const form = document.createElement('form');
    container().append(form);
    const example = fieldsetExamples[0]!;
    const element = await fieldset.render(example, form);
    const typed = ['1 High Street', '', 'Anytown', 'AN1 2WN'];
    for (const [index, text] of typed.entries()) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal(example.children[index]!.id);
      if (text) await sendKeys({ type: text });
    }
    await sendKeys({ press: 'Shift+Tab' });
    expect(document.activeElement?.id).to.equal(example.children[2]!.id);
    const data = new FormData(form);
    expect(example.children.map((child) => data.get(child.name))).to.deep.equal(typed);
    expect([...element.querySelectorAll<CivicTextInput>('civic-text-input')].map((input) => input.value)).to.deep.equal(typed);
  });

  it('adopts server markup and keeps the same content nodes, with what the person typed before the script loaded', async () => {
    const example = fieldsetExamples[2]!;
    let serverInputs: Element[] = [];
    const { element, serverMarkup: markup } = await adoptServerHtml<CivicFieldset>(
      await serverRender('Fieldset', await serverOptions(example)),
      {
        before(serverElement) {
          serverInputs = [...serverElement.querySelectorAll('civic-text-input')];
          serverElement.querySelector<HTMLInputElement>('#property-line-1')!.value = '12 Mill Lane';
          serverElement.querySelector<HTMLInputElement>('#property-postcode')!.value = 'AB1 2CD';
        },
      },
    );
    await Promise.all(serverInputs.map((input) => (input as CivicTextInput).updateComplete));
    expect(element.querySelectorAll('fieldset')).to.have.length(1);
    expect(element.querySelectorAll('legend')).to.have.length(1);
    const kept = [...element.querySelectorAll('civic-text-input')];
    expect(kept.length === serverInputs.length && kept.every((input, index) => input === serverInputs[index]), 'the same nodes').to.equal(
      true,
    );
    expect(inputsOf(element).map((input) => input.value)).to.deep.equal(['12 Mill Lane', '', '', 'AB1 2CD']);
    expect(element.legend).to.equal(example.options.legend.text);
    expect(renderedMarkup(element)).to.equal(markup);
  });

  it('keeps focus in an input it moves into the fieldset', async () => {
    const element = document.createElement('civic-fieldset') as CivicFieldset;
    element.setAttribute('legend', 'Your name');
    const input = document.createElement('input');
    input.className = 'govuk-input';
    element.append(input);
    container().append(element);
    input.focus();
    await element.updateComplete;
    expect(input.parentElement === element.fieldset, 'moved into the fieldset').to.equal(true);
    expect(document.activeElement === input, 'still focused').to.equal(true);
  });

  it('moves children added later into the fieldset, and keeps them through re-renders', async () => {
    const element = await fieldset.render(fieldsetExamples[3]!);
    const [email] = inputsOf(element);
    email!.value = 'sam@example.org';
    const later = textInput({ id: 'contact-mobile', name: 'contactMobile', type: 'tel', label: { text: 'Mobile number' } });
    const intro = document.createElement('p');
    intro.className = 'govuk-body';
    intro.textContent = 'Give at least one';
    element.append(later);
    element.prepend(intro);
    await settled();
    expect(element.fieldset!.lastElementChild === later, 'appended: moved to the end of the fieldset').to.equal(true);
    expect(element.fieldset!.children[1] === intro, 'prepended: moved to just after the legend').to.equal(true);
    element.querySelector('#contact-phone')!.closest('civic-text-input')!.remove();
    element.legend = 'How should we contact you?';
    element.legendIsPageHeading = true;
    await element.updateComplete;
    expect(element.querySelector('legend h1')?.textContent).to.equal('How should we contact you?');
    expect(inputsOf(element).map((input) => input.id)).to.deep.equal(['contact-email', 'contact-mobile']);
    expect(email!.value).to.equal('sam@example.org');
    element.remove();
    element.append(textInput({ id: 'contact-fax', name: 'contactFax', label: { text: 'Fax' } }));
    container().append(element);
    await settled();
    expect(inputsOf(element.fieldset!).map((input) => input.id)).to.deep.equal(['contact-email', 'contact-mobile', 'contact-fax']);
  });

  it('shows a hostile legend as text, on the client and the server', async () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const element = await fieldset.render({ options: { legend: { text: hostile, isPageHeading: true } }, children: [] });
    expect(element.querySelectorAll('img, script')).to.have.length(0);
    expect(element.querySelector('h1')!.textContent).to.equal(hostile);
    const server = parseHtml(await serverRender('Fieldset', { legend: { text: hostile } }));
    expect(server.querySelectorAll('img, script')).to.have.length(0);
    expect(server.querySelector('legend')!.textContent!.trim()).to.equal(hostile);
    expect(server.getAttribute('legend')).to.equal(hostile);
  });

  it('writes trustedInnerHtml unescaped, as the caller vouched, and refuses options without a legend or with bad ids', async () => {
    const server = parseHtml(
      await serverRender('Fieldset', { legend: { text: 'Contact' }, trustedInnerHtml: '<p class="govuk-body">Mine</p>' }),
    );
    expect(server.querySelector('fieldset > p.govuk-body')?.textContent).to.equal('Mine');
    const refused = async (options: unknown): Promise<string> => {
      try {
        await serverRender('Fieldset', options);
      } catch (error) {
        return String(error);
      }
      return '';
    };
    expect(await refused({ legend: { text: '' } })).to.contain('legend');
    expect(await refused({ legend: { text: 'Contact' }, describedBy: 'a "b"' })).to.contain('describedBy');
    expect(await refused({ legend: { text: 'Contact' }, role: 'presentation' })).to.contain('role');
  });
});
