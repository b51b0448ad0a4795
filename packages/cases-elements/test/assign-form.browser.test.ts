import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './support/moj-styles.js';
import '../src/define.js';
// The error message suite puts a page-level <civic-error-summary> above the form.
import '../../elements/src/define.js';
import { assignFormAttributes, type AssignFormOptions } from '../src/index.js';
import { assignFormExamples } from '../examples/assign-form.examples.js';
import { cleanup, collapseSpaces, fieldDescription, serverRender } from '../../../tests/support/browser.js';
import { adoptServerHtml, componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';
import { runErrorMessageSuite } from '../../elements/test/support/error-message-suite.js';
import { submitted } from './support/submitted.js';

const assignForm = componentFromAttributes('civic-assign-form', assignFormAttributes);

const hint = {
  en: 'The person who picks up the case is the one who acts on it next.',
  cy: 'Y sawl sy’n codi’r achos yw’r un sy’n gweithredu arno nesaf.',
};
const base: AssignFormOptions = {
  action: '/cases/A-1/assign',
  assignees: [
    { value: 'u-17', text: 'Sam Jones' },
    { value: 'u-23', text: 'Priya Shah' },
  ],
};

describe('<civic-assign-form>', () => {
  afterEach(cleanup);

  runExampleSuite(assignForm, assignFormExamples, {
    accessibility: {
      title: 'names the select by its label, describes it by its hint and any error, and names the buttons',
      async check({ element, example, lang, tree }) {
        const select = await tree('select');
        expect(select).to.include({ role: 'combobox', name: lang === 'cy' ? 'Neilltuo i' : 'Assign to' });
        expect(collapseSpaces(select.description)).to.equal(
          fieldDescription({ hint: hint[lang], errorMessage: example.options.errorMessage }, lang),
        );
        expect(await tree('button[value="assign"]')).to.include({ role: 'button', name: lang === 'cy' ? 'Neilltuo' : 'Assign' });
        const unassign = element.querySelector('button[value="unassign"]');
        expect(unassign !== null).to.equal(Boolean(example.options.allowUnassign && example.options.currentAssignee));
        if (example.options.errorMessage) {
          expect(collapseSpaces((await tree('.govuk-error-summary a')).name)).to.equal(example.options.errorMessage);
        }
      },
    },
    parity: { server: 'AssignForm' },
  });

  runErrorMessageSuite(assignForm, {
    options: base,
    id: 'assignee',
    focuses: { title: 'the select', control: (element) => element.querySelector('select') },
  });

  it('posts the chosen person, the intent and the hidden fields natively to the action', async () => {
    const element = await assignForm.render({ ...base, hiddenFields: [{ name: 'version', value: '7' }] });
    element.querySelector('select')!.value = 'u-23';
    const sent = await submitted(element.querySelector('form')!, 'button[value="assign"]');
    expect(sent).to.deep.equal({
      action: '/cases/A-1/assign',
      method: 'post',
      data: [
        ['version', '7'],
        ['assignee', 'u-23'],
        ['intent', 'assign'],
      ],
    });
  });

  it('sends intent=unassign from a manager’s Unassign button', async () => {
    const element = await assignForm.render({ ...base, currentAssignee: 'Sam Jones', value: 'u-17', allowUnassign: true });
    const sent = await submitted(element.querySelector('form')!, 'button[value="unassign"]');
    expect(sent.data).to.deep.equal([
      ['assignee', 'u-17'],
      ['intent', 'unassign'],
    ]);
  });

  it('keeps the GOV.UK error summary contract: the summary takes focus, and its link focuses the select', async () => {
    const element = await assignForm.render({ ...base, errorMessage: 'Select who to assign the case to' });
    expect(document.activeElement).to.equal(element.querySelector('.govuk-error-summary'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.querySelector('.govuk-error-summary a'));
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(element.querySelector('#assignee'));
  });

  it('is worked from the keyboard: the select, then Assign', async () => {
    const element = await assignForm.render(base);
    element.querySelector('select')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(element.querySelector('select')!.value).to.equal('u-17');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.querySelector('button[value="assign"]'));
  });

  it('keeps a choice made in the server’s markup before the script loaded', async () => {
    const html = await serverRender('AssignForm', base);
    const { element } = await adoptServerHtml<HTMLElement>(html, {
      before: (server) => {
        server.querySelector('select')!.value = 'u-23';
      },
    });
    expect(element.querySelector('select')!.value).to.equal('u-23');
  });

  it('never posts to a javascript: action', async () => {
    const element = await assignForm.render({ ...base, action: 'javascript:alert(1)' });
    expect(element.querySelector('form')!.getAttribute('action')).to.equal('#');
  });
});
