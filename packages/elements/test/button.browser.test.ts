import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { buttonAttributes } from '../src/index.js';
import { buttonExamples } from '../examples/button.examples.js';
import { cleanup, container } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from './support/example-suite.js';

const button = componentFromAttributes('civic-button', buttonAttributes);

function formWithButton(): { form: HTMLFormElement; submits: () => number } {
  const form = document.createElement('form');
  let count = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    count += 1;
  });
  container().append(form);
  return { form, submits: () => count };
}

describe('<civic-button>', () => {
  afterEach(cleanup);

  runExampleSuite(button, buttonExamples, {
    accessibility: {
      title: 'is a button named by its text in the accessibility tree',
      async check({ element, example, tree }) {
        // The id option (the button-id attribute) goes on the native control, where a label or a link points.
        element.setAttribute('button-id', 'under-test');
        await element.updateComplete;
        expect(await tree('#under-test')).to.include({ role: 'button', name: example.options.text });
        expect(element.control?.id).to.equal('under-test');
      },
    },
    parity: { server: 'Button' },
  });

  it('takes its text from its content', async () => {
    const parent = container();
    const element = document.createElement('civic-button');
    element.textContent = '  Save and continue ';
    parent.append(element);
    await element.updateComplete;
    expect(element.control?.textContent?.trim()).to.equal('Save and continue');
    expect(element.querySelectorAll('button')).to.have.length(1);
  });

  it('submits the form it sits in, from a click and from the keyboard', async () => {
    const { form, submits } = formWithButton();
    const element = await button.render({ text: 'Continue' }, form);
    element.control!.click();
    expect(submits()).to.equal(1);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.control);
    await sendKeys({ press: 'Enter' });
    expect(submits()).to.equal(2);
  });

  it('does not submit when disabled', async () => {
    const { form, submits } = formWithButton();
    const element = await button.render({ text: 'Continue', disabled: true }, form);
    element.control!.click();
    expect(submits()).to.equal(0);
    expect(element.control!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('ignores a second click within a second when asked to', async () => {
    const { form, submits } = formWithButton();
    const element = await button.render({ text: 'Pay', preventDoubleClick: true }, form);
    element.control!.click();
    element.control!.click();
    expect(submits()).to.equal(1);
  });

  it('lets a link button be pressed with the space key, as a button can', async () => {
    const element = await button.render({ text: 'Start now', href: '#started', isStartButton: true });
    let clicks = 0;
    element.control!.addEventListener('click', (event) => {
      event.preventDefault();
      clicks += 1;
    });
    element.focus();
    await sendKeys({ press: 'Space' });
    expect(clicks).to.equal(1);
  });

  it('refuses script and data URLs', async () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
    ]) {
      const element = await button.render({ text: 'Go', href });
      expect(element.control!.getAttribute('href'), href).to.equal('#');
    }
    for (const href of ['/apply', 'https://www.gov.uk/', 'mailto:help@example.gov.uk', '?page=2', '#main']) {
      const element = await button.render({ text: 'Go', href });
      expect(element.control!.getAttribute('href'), href).to.equal(href);
    }
  });
});
