// What every question that shows an error message shares, whatever its base class: the error summary's link
// focuses its control (GOV.UK's contract: the link's `#id` is the control's id), and the visually hidden
// "Error:" prefix speaks the language of the closest `lang` attribute and can be reworded per instance.
import { expect } from '@open-wc/testing';
import type { CivicElement } from '../../src/index.js';
import { cleanup, container } from '../../../../tests/support/browser.js';
import { afterLangChange, type ComponentUnderTest } from './example-suite.js';

export interface ErrorMessageSuite<E extends CivicElement, Options> {
  /** The question's options with no error message. */
  readonly options: Options;
  /** The question's id: its error message's id is `<id>-error`. */
  readonly id: string;
  /** The id the error summary links to, where it is not the question's id (a date's day). */
  readonly linkTo?: string;
  /** What the error summary link must focus, as the test's title says it. */
  readonly focuses: { readonly title: string; control(element: E): Element | undefined | null };
}

/** Defines the error message tests for one component. Call inside the component's `describe`. */
export function runErrorMessageSuite<E extends CivicElement, Options extends { readonly errorMessage?: string | object }>(
  component: ComponentUnderTest<E, Options>,
  suite: ErrorMessageSuite<E, Options>,
): void {
  const { id } = suite;
  const linkTo = suite.linkTo ?? id;
  const withError = (errorMessage: string): Options => ({ ...suite.options, errorMessage });
  const prefix = (element: E): string | null | undefined => element.querySelector(`#${id}-error .govuk-visually-hidden`)?.textContent;

  describe(`error message of <${component.tag}>`, () => {
    afterEach(cleanup);

    it(`focuses ${suite.focuses.title} when the error summary link is followed`, async () => {
      const host = container();
      const summary = document.createElement('civic-error-summary');
      summary.setAttribute('errors', JSON.stringify([{ text: 'Check your answer', href: `#${linkTo}` }]));
      host.append(summary);
      const element = await component.render(withError('Check your answer'), host);
      await summary.updateComplete;
      summary.querySelector('a')!.click();
      const control = suite.focuses.control(element);
      expect(control?.id).to.equal(linkTo);
      expect(document.activeElement).to.equal(control);
    });

    it('speaks the language of the closest lang attribute, and follows a change of it', async () => {
      const outer = container('cy');
      const inner = document.createElement('div');
      inner.lang = 'en';
      outer.append(inner);
      const element = await component.render(withError('Rhowch ateb'), inner);
      expect(prefix(element)).to.equal('Error:');
      inner.lang = 'cy';
      await afterLangChange(element);
      expect(prefix(element)).to.equal('Gwall:');
      inner.removeAttribute('lang');
      outer.lang = 'en';
      await afterLangChange(element);
      expect(prefix(element)).to.equal('Error:');
    });

    it('lets one instance change its own wording', async () => {
      const element = await component.render(withError('Enter an answer'));
      element.messages = { errorPrefix: 'Problem:' };
      await element.updateComplete;
      expect(prefix(element)).to.equal('Problem:');
    });
  });
}
