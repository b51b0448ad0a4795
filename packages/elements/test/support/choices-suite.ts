// The behaviour radios and checkboxes share through CivicChoices, written once and run by each: adoption of
// server-rendered choices, native form submission, choices kept when an error appears, the error's wiring on the
// fieldset, the error summary link, and Welsh from the closest lang.
import { expect } from '@open-wc/testing';
import type { CivicChoices } from '../../src/lib/civic-choices.js';
import {
  accessibleProperties,
  cleanup,
  collapseSpaces,
  fieldDescription,
  serverRender,
  type FieldText,
} from '../../../../tests/support/browser.js';
import { adoptServerHtml, renderInForm, type ComponentUnderTest, type ExampleSuite } from './example-suite.js';
import { runErrorMessageSuite } from './error-message-suite.js';

/** Options every choices control takes: what these tests set and read. */
export interface ChoicesOptions {
  readonly name: string;
  readonly idPrefix?: string;
  readonly errorMessage?: FieldText;
}

/** What the example suite's tree test reads from a question of choices. */
export interface ChoicesQuestion extends ChoicesOptions {
  readonly fieldset?: { readonly legend?: { readonly text?: string | undefined } | undefined } | undefined;
  readonly hint?: FieldText | undefined;
  readonly items: readonly (
    { readonly text?: string | undefined; readonly hint?: FieldText | undefined } | { readonly divider: unknown }
  )[];
}

/**
 * The example suite's accessibility-tree test for radios or checkboxes: the fieldset is a group named by its
 * legend and described by hint and error, and every answer has `role`, named by its text and described by its hint.
 */
export function choicesInTree<E extends CivicChoices, Options extends ChoicesQuestion>(
  title: string,
  role: 'radio' | 'checkbox',
): ExampleSuite<E, Options>['accessibility'] {
  return {
    title,
    async check({ element, example, lang, tree }) {
      const group = await tree('fieldset');
      expect(group.role).to.equal('group');
      expect(group.name).to.equal(example.options.fieldset?.legend?.text);
      expect(collapseSpaces(group.description)).to.equal(fieldDescription(example.options, lang));
      const answers = example.options.items.filter((item) => !('divider' in item)) as readonly { text: string; hint?: FieldText }[];
      expect(element.inputs).to.have.length(answers.length);
      for (const [index, answer] of answers.entries()) {
        const input = await tree(`#${CSS.escape(element.inputs[index]!.id)}`);
        expect(input.role).to.equal(role);
        expect(input.name).to.equal(answer.text);
        expect(input.description).to.equal((typeof answer.hint === 'string' ? answer.hint : answer.hint?.text) ?? '');
      }
    },
  };
}

export interface ChoicesSuite<E extends CivicChoices, Options extends ChoicesOptions> {
  /** The server render function's name without `render`. */
  readonly server: string;
  /** The question as a form first shows it; what it has chosen is replaced by `withChosen`. */
  readonly options: Options;
  /** The options with these values chosen. */
  withChosen(options: Options, values: readonly string[]): Options;
  /** The values the element holds as chosen. */
  chosen(element: E): readonly string[];
  /** Sets the chosen values through the element's property. */
  steer(element: E, values: readonly string[]): void;
  /** Two different choices a person could make. */
  readonly values: readonly [readonly string[], readonly string[]];
  /** What else adoption must keep, for this control. */
  readonly afterAdoption?: (element: E) => void;
}

const checkedValues = (root: Element): string[] =>
  [...root.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')]
    .filter((input) => input.checked)
    .map((input) => input.value);

/** Chooses as a person does: a click on each answer's input. */
function click(element: CivicChoices, values: readonly string[]): void {
  for (const value of values) {
    const input = element.inputs.find((candidate) => candidate.value === value);
    if (!input) throw new Error(`No answer with the value ${value}`);
    input.click();
  }
}

/** Defines the choices behaviour tests for one control. Call inside the control's `describe`. */
export function runChoicesSuite<E extends CivicChoices, Options extends ChoicesOptions>(
  component: ComponentUnderTest<E, Options>,
  suite: ChoicesSuite<E, Options>,
): void {
  const id = suite.options.idPrefix ?? suite.options.name;
  const [first, second] = suite.values;
  const unanswered = suite.withChosen({ ...suite.options, errorMessage: undefined }, []);

  describe(`choices behaviour of <${component.tag}>`, () => {
    afterEach(cleanup);

    it('adopts server-rendered markup, keeping the choices made before the script loaded', async () => {
      let serverInputs: HTMLInputElement[] = [];
      const { element } = await adoptServerHtml<E>(await serverRender(suite.server, suite.withChosen(suite.options, first)), {
        before(serverElement) {
          expect(checkedValues(serverElement)).to.deep.equal(first);
          serverInputs = [...serverElement.querySelectorAll<HTMLInputElement>('input')];
          for (const input of serverInputs) input.checked = second.includes(input.value);
        },
      });
      expect(suite.chosen(element)).to.deep.equal(second);
      expect(element.inputs).to.have.length(serverInputs.length);
      expect(checkedValues(element)).to.deep.equal(second);
      suite.afterAdoption?.(element);
    });

    it('submits the chosen values with its form, and nothing under its name until something is chosen', async () => {
      const { form, element } = await renderInForm(component, unanswered);
      expect(new FormData(form).has(suite.options.name)).to.equal(false);
      click(element, first);
      expect(new FormData(form).getAll(suite.options.name)).to.deep.equal(first);
      expect(suite.chosen(element)).to.deep.equal(first);
    });

    it('keeps the choices when an error appears, and adds the error to the fieldset’s description', async () => {
      const { form, element } = await renderInForm(component, unanswered);
      const fieldset = element.querySelector('fieldset')!;
      const describedBefore = (fieldset.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      click(element, second);
      element.errorMessage = 'Check your answer';
      await element.updateComplete;
      expect(element.querySelector('fieldset')).to.equal(fieldset);
      expect(checkedValues(element)).to.deep.equal(second);
      expect(suite.chosen(element)).to.deep.equal(second);
      expect(new FormData(form).getAll(suite.options.name)).to.deep.equal(second);
      expect(fieldset.getAttribute('aria-describedby')).to.equal([...describedBefore, `${id}-error`].join(' '));
      expect(collapseSpaces(element.querySelector(`#${id}-error`)?.textContent ?? '')).to.equal('Error: Check your answer');
      expect(element.querySelector('.govuk-form-group')?.classList.contains('govuk-form-group--error')).to.equal(true);
      element.id = 'choices-under-test';
      const { description } = await accessibleProperties('#choices-under-test fieldset');
      expect(collapseSpaces(description).endsWith('Error: Check your answer'), description).to.equal(true);
    });

    it('follows its property, even after the person chose', async () => {
      const { form, element } = await renderInForm(component, unanswered);
      click(element, second);
      suite.steer(element, first);
      await element.updateComplete;
      expect(checkedValues(element)).to.deep.equal(first);
      expect(new FormData(form).getAll(suite.options.name)).to.deep.equal(first);
    });
  });

  runErrorMessageSuite(component, {
    options: unanswered,
    id,
    focuses: { title: 'the first answer', control: (element) => element.inputs[0] },
  });
}
