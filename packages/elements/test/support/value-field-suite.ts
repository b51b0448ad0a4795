// The behaviour every control built on CivicValueField shares, written once and run by each control (as Lion's
// NativeTextFieldMixin.suite and Shoelace's runFormControlBaseTests are): adoption of server-rendered markup,
// native form submission, what the person entered kept when an error appears, the error's wiring, Welsh.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CivicValueField } from '../../src/lib/civic-value-field.js';
import {
  accessibleProperties,
  cleanup,
  collapseSpaces,
  fieldDescription,
  renderedMarkup,
  serverRender,
  type FieldText,
} from '../../../../tests/support/browser.js';
import { adoptServerHtml, renderInForm, type ComponentUnderTest, type ExampleSuite } from './example-suite.js';
import { runErrorMessageSuite } from './error-message-suite.js';

/** Options every value field takes: what these tests set and read. */
export interface ValueFieldOptions {
  readonly id?: string;
  readonly name: string;
  readonly value?: string;
  readonly errorMessage?: FieldText;
}

/**
 * The example suite's accessibility-tree test for a labelled field: the control has `role`, is named by its label
 * and described by its hint, then the visually hidden "Error:" and the message.
 */
export function labelledFieldInTree<
  E extends HTMLElement,
  Options extends ValueFieldOptions & { readonly label: { readonly text?: string | undefined }; readonly hint?: FieldText },
>(what: string, role: string): ExampleSuite<E, Options>['accessibility'] {
  return {
    title: `names and describes the ${what} from its label, hint and error in the accessibility tree`,
    async check({ example, lang, tree }) {
      const properties = await tree(`#${example.options.id ?? example.options.name}`);
      expect(properties.role).to.equal(role);
      expect(properties.name).to.equal(example.options.label.text);
      // govuk-visually-hidden adds spaces around its text (::before/::after) so words never run together; screen readers collapse them.
      expect(collapseSpaces(properties.description)).to.equal(fieldDescription(example.options, lang));
    },
  };
}

export interface ValueFieldSuite<E extends CivicValueField, Options extends ValueFieldOptions> {
  /** The server render function's name without `render`. */
  readonly server: string;
  /** A field with no value and no error, as a form first shows it. */
  readonly options: Options;
  /** The native control's tag. */
  readonly control: 'input' | 'textarea' | 'select';
  /** Two values a person could enter (for a select, the values of two of its options). */
  readonly values: readonly [string, string];
  /** Whether the adopted element's markup must equal the server's, as the server wrote it. */
  readonly adoptsMarkupUnchanged?: boolean;
  /** What else adoption must keep, for this control. */
  readonly afterAdoption?: (element: E) => void;
}

function controlOf(element: Element, tag: ValueFieldSuite<CivicValueField, ValueFieldOptions>['control']) {
  const control = element.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(tag);
  if (!control) throw new Error(`<${element.localName}> rendered no <${tag}>`);
  return control;
}

/** Enters a value as a person does: typing over what is there, or choosing an option (the browser fires both events). */
async function enter(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
  if (control instanceof HTMLSelectElement) {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  control.focus();
  control.select();
  await sendKeys({ type: value });
}

/** Defines the value-field behaviour tests for one control. Call inside the control's `describe`. */
export function runValueFieldSuite<E extends CivicValueField, Options extends ValueFieldOptions>(
  component: ComponentUnderTest<E, Options>,
  suite: ValueFieldSuite<E, Options>,
): void {
  const id = suite.options.id ?? suite.options.name;
  const [first, second] = suite.values;
  const withoutError = { ...suite.options, errorMessage: undefined };

  describe(`value field behaviour of <${component.tag}>`, () => {
    afterEach(cleanup);

    it('adopts server-rendered markup and keeps what the person entered before the script loaded', async () => {
      const { element, serverMarkup } = await adoptServerHtml<E>(await serverRender(suite.server, { ...suite.options, value: first }), {
        before(serverElement) {
          controlOf(serverElement, suite.control).value = second;
        },
      });
      expect(element.value).to.equal(second);
      expect(element.querySelectorAll(suite.control)).to.have.length(1);
      expect(controlOf(element, suite.control).value).to.equal(second);
      if (suite.adoptsMarkupUnchanged) expect(renderedMarkup(element)).to.equal(serverMarkup);
      suite.afterAdoption?.(element);
    });

    it('submits its value with the form it sits in', async () => {
      const { form } = await renderInForm(component, { ...withoutError, value: first });
      expect(new FormData(form).get(suite.options.name)).to.equal(first);
    });

    it('keeps what the person entered when an error appears, and adds the error to the control’s description', async () => {
      const { form, element } = await renderInForm(component, withoutError);
      const control = controlOf(element, suite.control);
      const describedBefore = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      await enter(control, second);
      expect(element.value).to.equal(second);
      element.errorMessage = 'Check your answer';
      await element.updateComplete;
      expect(controlOf(element, suite.control)).to.equal(control);
      expect(control.value).to.equal(second);
      expect(element.value).to.equal(second);
      expect(new FormData(form).get(suite.options.name)).to.equal(second);
      expect(control.getAttribute('aria-describedby')).to.equal([...describedBefore, `${id}-error`].join(' '));
      expect(collapseSpaces(element.querySelector(`#${id}-error`)?.textContent ?? '')).to.equal('Error: Check your answer');
      expect(element.querySelector('.govuk-form-group')?.classList.contains('govuk-form-group--error')).to.equal(true);
      const { description } = await accessibleProperties(`#${id}`);
      expect(collapseSpaces(description).endsWith('Error: Check your answer'), description).to.equal(true);
    });

    it('follows its value property, even after the person entered one', async () => {
      const { form, element } = await renderInForm(component, withoutError);
      await enter(controlOf(element, suite.control), second);
      element.value = first;
      await element.updateComplete;
      expect(controlOf(element, suite.control).value).to.equal(first);
      expect(new FormData(form).get(suite.options.name)).to.equal(first);
    });
  });

  runErrorMessageSuite(component, {
    options: withoutError,
    id,
    focuses: { title: 'the control', control: (element) => element.querySelector(suite.control) },
  });
}
