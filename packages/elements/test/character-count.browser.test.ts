import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTranslator } from '@civicbricks/core/i18n';
import '../src/define.js';
import { characterCountAttributes, characterCountMessages } from '../src/index.js';
import { announceDelayMs } from '../src/components/character-count/character-count.js';
import { characterCountExamples } from '../examples/character-count.examples.js';
import { cleanup, collapseSpaces, parseHtml, renderedMarkup, serverRender } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from './support/example-suite.js';
import { runValueFieldSuite } from './support/value-field-suite.js';

const characterCount = componentFromAttributes('civic-character-count', characterCountAttributes);

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The client markup with what the script adds taken away again, as govuk-frontend's script adds it: the visible
 * count, the screen reader status and `govuk-visually-hidden` on the limit text. Textarea content is the server's way
 * of carrying the value (the client sets the property), so it is left out on both sides.
 */
function withoutEnhancement(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  copy.querySelectorAll('.govuk-character-count__status, .govuk-character-count__sr-status').forEach((node) => node.remove());
  copy.querySelector('.govuk-character-count__message')?.classList.remove('govuk-visually-hidden');
  for (const textarea of copy.querySelectorAll('textarea')) textarea.textContent = '';
  return renderedMarkup(copy);
}

const visible = (element: Element): string => element.querySelector('.govuk-character-count__status')!.textContent!.trim();
const announced = (element: Element): string => element.querySelector('.govuk-character-count__sr-status')!.textContent!.trim();

describe('<civic-character-count>', () => {
  afterEach(cleanup);

  runExampleSuite(characterCount, characterCountExamples, {
    accessibility: {
      title: 'describes the textarea with the limit first, then hint and error, in the accessibility tree',
      async check({ example, lang, tree }) {
        const properties = await tree(`#${example.options.id}`);
        expect(properties.role).to.equal('textbox');
        expect(properties.name).to.equal(example.options.label.text);
        const cy = lang === 'cy';
        const words = example.options.maxwords !== undefined;
        const count = example.options.maxwords ?? example.options.maxlength;
        const limit = cy
          ? `Gallwch ddefnyddio hyd at ${count} ${words ? 'gair' : 'nod'}`
          : `You can enter up to ${count} ${words ? 'words' : 'characters'}`;
        const description = [
          limit,
          example.options.hint,
          example.options.errorMessage && `${cy ? 'Gwall:' : 'Error:'} ${example.options.errorMessage}`,
        ]
          .filter(Boolean)
          .join(' ');
        expect(collapseSpaces(properties.description)).to.equal(description);
      },
    },
    parity: {
      server: 'CharacterCount',
      title: 'renders the server markup plus exactly what govuk-frontend’s script adds',
      client: withoutEnhancement,
      serverMarkup: withoutEnhancement,
      check({ element, example, server }) {
        expect(server.querySelector('textarea')!.value).to.equal(example.options.value ?? '');
        expect(server.querySelector('.govuk-character-count__status, [aria-live]')).to.equal(null);
        expect(element.textarea?.value).to.equal(example.options.value ?? '');
      },
    },
  });

  runValueFieldSuite(characterCount, {
    server: 'CharacterCount',
    options: characterCountExamples[3]!.options,
    control: 'textarea',
    values: ['Flat 3', 'Flat 2'],
    afterAdoption(element) {
      expect(element.querySelectorAll('.govuk-character-count__message')).to.have.length(2);
      expect(visible(element)).to.equal('You have 4 characters remaining');
    },
  });

  it('server-renders the no-JavaScript limit hint, described first, and no maxlength attribute', async () => {
    const server = parseHtml(await serverRender('CharacterCount', characterCountExamples[0]!.options));
    const info = server.querySelector('#with-hint-info')!;
    expect(info.textContent).to.equal('You can enter up to 200 characters');
    expect(info.className).to.equal('govuk-hint govuk-character-count__message');
    const textarea = server.querySelector('textarea')!;
    expect(textarea.getAttribute('aria-describedby')).to.equal('with-hint-info with-hint-hint');
    expect(textarea.className).to.equal('govuk-textarea govuk-js-character-count');
    expect(textarea.hasAttribute('maxlength')).to.equal(false);
    const group = server.querySelector('.govuk-form-group')!;
    expect(group.getAttribute('data-module')).to.equal('govuk-character-count');
    expect(group.getAttribute('data-maxlength')).to.equal('200');
    const cy = parseHtml(await serverRender('CharacterCount', characterCountExamples[1]!.options, { lang: 'cy' }));
    expect(cy.querySelector('.govuk-character-count__message')!.textContent).to.equal('Gallwch ddefnyddio hyd at 150 gair');
  });

  it('counts down as the person types, and screen readers hear it only once typing pauses', async () => {
    const element = await characterCount.render({ ...characterCountExamples[0]!.options, maxlength: 5 });
    const status = element.querySelector('.govuk-character-count__sr-status')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(announced(element)).to.equal('You have 5 characters remaining');
    element.focus();
    await sendKeys({ type: 'ab' });
    await element.updateComplete;
    expect(visible(element)).to.equal('You have 3 characters remaining');
    expect(element.querySelector('.govuk-character-count__status')!.getAttribute('aria-hidden')).to.equal('true');
    expect(announced(element)).to.equal('You have 5 characters remaining');
    await sendKeys({ type: 'cd' });
    await pause(announceDelayMs / 2);
    expect(announced(element), 'still typing: nothing announced yet').to.equal('You have 5 characters remaining');
    await pause(announceDelayMs + 100);
    await element.updateComplete;
    expect(announced(element)).to.equal('You have 1 character remaining');
    expect(visible(element)).to.equal('You have 1 character remaining');
  });

  it('lets the person type past the limit and reports it as an error style, not a block', async () => {
    const element = await characterCount.render({ ...characterCountExamples[0]!.options, maxlength: 3 });
    element.focus();
    await sendKeys({ type: 'abcd' });
    await element.updateComplete;
    expect(element.value).to.equal('abcd');
    expect(element.textarea!.value).to.equal('abcd');
    expect(visible(element)).to.equal('You have 1 character too many');
    const status = element.querySelector('.govuk-character-count__status')!;
    expect(status.classList.contains('govuk-error-message')).to.equal(true);
    expect(status.classList.contains('govuk-hint')).to.equal(false);
    expect(element.textarea!.classList.contains('govuk-textarea--error')).to.equal(true);
    await sendKeys({ type: 'ef' });
    await element.updateComplete;
    expect(visible(element)).to.equal('You have 3 characters too many');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await element.updateComplete;
    expect(visible(element)).to.equal('You have 0 characters remaining');
    expect(element.textarea!.classList.contains('govuk-textarea--error')).to.equal(false);
  });

  it('counts words as runs of non-space characters', async () => {
    const element = await characterCount.render({ ...characterCountExamples[1]!.options, maxwords: 3 });
    element.value = 'one';
    await element.updateComplete;
    expect(visible(element)).to.equal('You have 2 words remaining');
    expect(announced(element), 'a value set by code is announced at once').to.equal('You have 2 words remaining');
    element.value = '';
    await element.updateComplete;
    element.focus();
    await sendKeys({ type: 'one  two three four' });
    await element.updateComplete;
    expect(visible(element)).to.equal('You have 1 word too many');
  });

  it('hides the count until the threshold, from sight and from screen readers', async () => {
    const element = await characterCount.render({ ...characterCountExamples[2]!.options, maxlength: 10, threshold: 50, value: 'abcd' });
    const status = element.querySelector('.govuk-character-count__status')!;
    expect(status.classList.contains('govuk-character-count__message--disabled')).to.equal(true);
    expect(element.querySelector('.govuk-character-count__sr-status')!.getAttribute('aria-hidden')).to.equal('true');
    element.value = 'abcde';
    await element.updateComplete;
    expect(status.classList.contains('govuk-character-count__message--disabled')).to.equal(false);
    expect(element.querySelector('.govuk-character-count__sr-status')!.hasAttribute('aria-hidden')).to.equal(false);
  });

  it('speaks Welsh, with all six plural forms defined for every count message', async () => {
    const element = await characterCount.render(characterCountExamples[4]!.options, 'cy');
    expect(visible(element)).to.equal('Mae gennych 197 nod ar ôl');
    for (const key of ['charactersUnderLimit', 'charactersOverLimit', 'wordsUnderLimit', 'wordsOverLimit'] as const) {
      expect(Object.keys(characterCountMessages.cy[key]).sort()).to.deep.equal(['few', 'many', 'one', 'other', 'two', 'zero']);
    }
    const t = createTranslator(characterCountMessages, 'cy');
    expect([0, 1, 2, 3, 6, 11].map((count) => t('wordsOverLimit', { count }))).to.deep.equal(
      [0, 1, 2, 3, 6, 11].map((count) => `Mae gennych ${count} gair yn ormod`),
    );
    expect(t('charactersAtLimit')).to.equal('Mae gennych 0 nod ar ôl');
  });

  it('fires native input and change events as the person types and leaves', async () => {
    const element = await characterCount.render(characterCountExamples[0]!.options);
    const events: string[] = [];
    element.addEventListener('input', () => events.push('input'));
    element.addEventListener('change', () => events.push('change'));
    element.focus();
    await sendKeys({ type: 'Hi' });
    await sendKeys({ press: 'Tab' });
    expect(element.textarea!.value).to.equal('Hi');
    expect(events).to.deep.equal(['input', 'input', 'change']);
  });

  it('lets one instance reword its count', async () => {
    const element = await characterCount.render(characterCountExamples[0]!.options);
    element.messages = { charactersUnderLimit: { one: '%{count} character left', other: '%{count} characters left' } };
    await element.updateComplete;
    expect(visible(element)).to.equal('200 characters left');
  });
});
