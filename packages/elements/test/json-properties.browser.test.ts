// React 19 sets a defined custom element's properties, not its attributes, so the README's `items='[...]'`
// reaches `items` as a string. Every array or object property takes JSON text of one, and refuses anything else
// with a ValidationError that says what the property takes.
import { expect } from '@open-wc/testing';
import { ValidationError } from '@civicbricks/core/errors';
import { tagNames } from '../src/define.js';
import type { CivicSelect } from '../src/index.js';
import { cleanup, container } from '../../../tests/support/browser.js';

const jsonProperties = Object.entries(tagNames).flatMap(([tagName, elementClass]) =>
  [...elementClass.elementProperties].flatMap(([name, options]) =>
    options.type === Array || options.type === Object
      ? [{ tagName, name: String(name), kind: options.type === Array ? ('array' as const) : ('object' as const) }]
      : [],
  ),
);

function refusal(body: () => void): ValidationError {
  try {
    body();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError, and nothing was thrown');
}

async function renderedSelect(): Promise<CivicSelect> {
  const select = document.createElement('civic-select');
  select.name = 'ward';
  select.label = 'Ward';
  container().append(select);
  await select.updateComplete;
  return select;
}

describe('array and object properties given JSON text', () => {
  afterEach(cleanup);

  it('every element has some, so the list below is not empty', () => {
    expect(jsonProperties.map(({ tagName, name }) => `${tagName}.${name}`)).to.include.members([
      'civic-select.items',
      'civic-radios.items',
      'civic-date-input.values',
      'civic-error-summary.errorList',
      'civic-button.messages',
    ]);
  });

  for (const { tagName, name, kind } of jsonProperties) {
    it(`<${tagName}> ${name} parses JSON text of ${kind === 'array' ? 'an array' : 'an object'}`, () => {
      const element = document.createElement(tagName) as unknown as Record<string, unknown>;
      const value = kind === 'array' ? [{ text: 'One' }] : { text: 'One' };
      element[name] = JSON.stringify(value);
      expect(element[name]).to.deep.equal(value);
    });
  }

  it('renders the options of a select whose items arrive as a JSON string, as React 19 sets them', async () => {
    const select = await renderedSelect();
    (select as unknown as { items: unknown }).items = JSON.stringify([
      { value: 'canton', text: 'Canton' },
      { value: 'splott', text: 'Splott' },
    ]);
    await select.updateComplete;
    expect([...select.select!.options].map((option) => option.text)).to.deep.equal(['Canton', 'Splott']);
  });

  it('refuses text that is not JSON, naming the element and the property, and keeps what it had', async () => {
    const select = await renderedSelect();
    select.items = [{ value: 'canton', text: 'Canton' }];
    await select.updateComplete;
    const error = refusal(() => ((select as unknown as { items: unknown }).items = "[{value: 'splott'}]"));
    expect(error.code).to.equal('elements.property.invalid_json');
    expect(error.path).to.deep.equal(['items']);
    expect(error.message).to.contain('<civic-select> items must be an array, or JSON text of an array');
    expect(error.message, 'the text itself may be personal data').not.to.contain('splott');
    await select.updateComplete;
    expect([...select.select!.options].map((option) => option.value)).to.deep.equal(['canton']);
  });

  it('refuses JSON of the wrong shape: an object for an array, an array for an object', () => {
    const select = document.createElement('civic-select') as unknown as Record<string, unknown>;
    const forArray = refusal(() => (select['items'] = '{"value":"canton"}'));
    expect(forArray.code).to.equal('elements.property.wrong_shape');
    expect(forArray.message).to.contain('the JSON it was given holds object');
    const dateInput = document.createElement('civic-date-input') as unknown as Record<string, unknown>;
    const forObject = refusal(() => (dateInput['values'] = '["1", "2", "2000"]'));
    expect(forObject.message).to.equal(
      '<civic-date-input> values must be an object, or JSON text of an object; the JSON it was given holds an array.',
    );
    expect(forObject.path).to.deep.equal(['values']);
  });

  it('still takes arrays and objects as they are, and JSON in the attribute as before', async () => {
    const items = [{ value: 'splott', text: 'Splott' }];
    const select = await renderedSelect();
    select.items = items;
    expect(select.items).to.equal(items);
    select.setAttribute('items', JSON.stringify([{ value: 'canton', text: 'Canton' }]));
    await select.updateComplete;
    expect([...select.select!.options].map((option) => option.value)).to.deep.equal(['canton']);
  });
});
