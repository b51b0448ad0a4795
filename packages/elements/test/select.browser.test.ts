import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { selectAttributes } from '../src/index.js';
import { selectExamples } from '../examples/select.examples.js';
import { cleanup, container } from '../../../tests/support/browser.js';
import { componentFromAttributes, runExampleSuite } from './support/example-suite.js';
import { labelledFieldInTree, runValueFieldSuite } from './support/value-field-suite.js';

const select = componentFromAttributes('civic-select', selectAttributes);

describe('<civic-select>', () => {
  afterEach(cleanup);

  runExampleSuite(select, selectExamples, {
    accessibility: labelledFieldInTree('select', 'combobox'),
    parity: {
      server: 'Select',
      title: 'renders exactly what the server render function renders, with the same option chosen',
      check({ element, example, server }) {
        expect(element.select!.value).to.equal(server.querySelector('select')!.value);
        expect(element.select!.value).to.equal(example.options.value ?? example.options.items[0]!.value);
      },
    },
  });

  runValueFieldSuite(select, {
    server: 'Select',
    options: selectExamples[2]!.options,
    control: 'select',
    values: ['canton', 'splott'],
  });

  it('marks the chosen option, disables the unavailable one, and shows the error styles', async () => {
    const chosen = await select.render(selectExamples[3]!.options, 'cy');
    expect([...chosen.select!.options].filter((option) => option.hasAttribute('selected')).map((option) => option.value)).to.deep.equal([
      'gwynedd',
    ]);
    expect(chosen.select!.className).to.equal('govuk-select govuk-select--error');
    expect(chosen.querySelector('.govuk-form-group--error')).to.exist;
    const withDisabled = await select.render(selectExamples[1]!.options);
    expect([...withDisabled.select!.options].filter((option) => option.disabled).map((option) => option.value)).to.deep.equal(['tuesday']);
    expect(withDisabled.querySelector('h1.govuk-label-wrapper > label.govuk-label--l')).to.exist;
  });

  it('is reached with Tab, changes with the arrow keys skipping the disabled option, and fires native events', async () => {
    const element = await select.render(selectExamples[1]!.options);
    const events: string[] = [];
    element.addEventListener('input', () => events.push('input'));
    element.addEventListener('change', () => events.push('change'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.select);
    await sendKeys({ press: 'ArrowDown' });
    expect(element.value).to.equal('monday');
    await sendKeys({ press: 'ArrowDown' });
    expect(element.value, 'Tuesday is fully booked').to.equal('wednesday');
    expect(events).to.deep.equal(['input', 'change', 'input', 'change']);
  });

  it('submits the first option until one is chosen, and an unknown value never blanks the select', async () => {
    const form = document.createElement('form');
    container().append(form);
    const element = await select.render(selectExamples[2]!.options, form);
    expect(new FormData(form).get('ward')).to.equal('');
    element.value = 'splott';
    await element.updateComplete;
    element.value = 'no-such-ward';
    await element.updateComplete;
    expect(element.select!.value).to.equal('splott');
    expect(new FormData(form).get('ward')).to.equal('splott');
  });
});
