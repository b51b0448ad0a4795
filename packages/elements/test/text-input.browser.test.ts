import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { textInputAttributes } from '../src/index.js';
import { textInputExamples } from '../examples/text-input.examples.js';
import { cleanup } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from './support/example-suite.js';
import { labelledFieldInTree, runValueFieldSuite } from './support/value-field-suite.js';

const textInput = componentFromAttributes('civic-text-input', textInputAttributes);

describe('<civic-text-input>', () => {
  afterEach(cleanup);

  runExampleSuite(textInput, textInputExamples, {
    accessibility: labelledFieldInTree('input', 'textbox'),
    parity: {
      server: 'TextInput',
      check({ element, example }) {
        expect(element.input?.value).to.equal(example.options.value ?? '');
      },
    },
  });

  runValueFieldSuite(textInput, {
    server: 'TextInput',
    options: textInputExamples[3]!.options,
    control: 'input',
    values: ['502135326', '987654321'],
    adoptsMarkupUnchanged: true,
  });

  it('is reached with Tab, takes typing, and fires native input and change events', async () => {
    const element = await textInput.render(textInputExamples[0]!.options);
    const events: string[] = [];
    element.addEventListener('input', () => events.push('input'));
    element.addEventListener('change', () => events.push('change'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.input);
    await sendKeys({ type: 'Warm space' });
    await sendKeys({ press: 'Tab' });
    expect(element.value).to.equal('Warm space');
    expect(events.filter((event) => event === 'input')).to.have.length('Warm space'.length);
    expect(events).to.include('change');
  });
});
