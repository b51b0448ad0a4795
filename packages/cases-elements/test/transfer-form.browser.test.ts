import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './support/moj-styles.js';
import '../src/define.js';
// The error message suite puts a page-level <civic-error-summary> above the form.
import '../../elements/src/define.js';
import { transferFormAttributes, type TransferFormOptions } from '../src/index.js';
import { transferFormExamples } from '../examples/transfer-form.examples.js';
import { cleanup, collapseSpaces, fieldDescription, renderedMarkup, serverRender } from '../../../tests/support/browser.js';
import { adoptServerHtml, componentFromAttributes, runExampleSuite } from '../../elements/test/support/example-suite.js';
import { runErrorMessageSuite } from '../../elements/test/support/error-message-suite.js';
import { submitted } from './support/submitted.js';

const transferForm = componentFromAttributes('civic-transfer-form', transferFormAttributes);

const words = {
  en: {
    to: 'New lead professional',
    reason: 'Reason for the transfer',
    hint: 'This is kept in the case’s history and shown on its timeline.',
  },
  cy: {
    to: 'Gweithiwr proffesiynol arweiniol newydd',
    reason: 'Rheswm dros y trosglwyddo',
    hint: 'Caiff hwn ei gadw yn hanes yr achos a’i ddangos ar ei linell amser.',
  },
} as const;

const base: TransferFormOptions = {
  action: '/cases/A-1/transfer',
  currentLead: 'Sam Jones',
  candidates: [
    { value: 'u-23', text: 'Priya Shah' },
    { value: 'u-40', text: 'Chris Green' },
  ],
};

describe('<civic-transfer-form>', () => {
  afterEach(cleanup);

  runExampleSuite(transferForm, transferFormExamples, {
    accessibility: {
      title: 'names both fields by their labels, describes them by hint and error, and links each error to its field',
      async check({ example, lang, tree }) {
        const { errors, values } = example.options;
        const select = await tree('#new-lead');
        expect(select).to.include({ role: 'combobox', name: words[lang].to });
        expect(collapseSpaces(select.description)).to.equal(fieldDescription({ errorMessage: errors?.to }, lang));
        const reason = await tree('#transfer-reason');
        expect(reason).to.include({ role: 'textbox', name: words[lang].reason });
        expect(collapseSpaces(reason.description)).to.equal(
          fieldDescription({ hint: words[lang].hint, errorMessage: errors?.reason }, lang),
        );
        const links = [...document.querySelectorAll('#example-under-test .govuk-error-summary a')];
        expect(links.map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal(
          [errors?.to && [errors.to, '#new-lead'], errors?.reason && [errors.reason, '#transfer-reason']].filter(Boolean),
        );
        expect(document.querySelector<HTMLTextAreaElement>('#example-under-test textarea')!.value).to.equal(values?.reason ?? '');
      },
    },
    parity: {
      server: 'TransferForm',
      // The reason is the textarea's live value in the browser and its content from the server: compared apart.
      serverMarkup(server) {
        const copy = server.cloneNode(true) as Element;
        for (const textarea of copy.querySelectorAll('textarea')) textarea.textContent = '';
        return renderedMarkup(copy);
      },
      check({ element, server }) {
        expect(element.querySelector('textarea')!.value).to.equal(server.querySelector('textarea')!.value);
      },
    },
  });

  // The reason is the question the suite asks about: its error, its prefix, its link from a page's error summary.
  runErrorMessageSuite(
    {
      tag: transferForm.tag,
      render: (options: { readonly errorMessage?: string }, place) =>
        transferForm.render({ ...base, errors: options.errorMessage ? { reason: options.errorMessage } : undefined }, place),
    },
    {
      options: {},
      id: 'transfer-reason',
      focuses: { title: 'the reason', control: (element) => element.querySelector('textarea') },
    },
  );

  it('posts the new lead, the reason and the hidden fields natively to the action', async () => {
    const element = await transferForm.render({ ...base, hiddenFields: [{ name: 'version', value: '7' }] });
    element.querySelector('select')!.value = 'u-40';
    element.querySelector('textarea')!.value = 'Chris leads the family’s health plan';
    const sent = await submitted(element.querySelector('form')!);
    expect(sent).to.deep.equal({
      action: '/cases/A-1/transfer',
      method: 'post',
      data: [
        ['version', '7'],
        ['to', 'u-40'],
        ['reason', 'Chris leads the family’s health plan'],
      ],
    });
  });

  it('holds back a transfer without a reason: the error summary takes focus and its link focuses the reason', async () => {
    const element = await transferForm.render(base);
    let sent = false;
    // Listened for on the document, so after the element (which listens on itself) has had its say.
    document.addEventListener(
      'submit',
      (event) => {
        sent = !event.defaultPrevented;
        event.preventDefault();
      },
      { once: true },
    );
    element.querySelector('select')!.value = 'u-23';
    element.querySelector('textarea')!.value = '   ';
    element.querySelector('button')!.click();
    await element.updateComplete;
    expect(sent).to.equal(false);
    const summary = element.querySelector('.govuk-error-summary');
    expect(document.activeElement).to.equal(summary);
    expect([...summary!.querySelectorAll('a')].map((link) => link.textContent)).to.deep.equal(['Enter the reason for the transfer']);
    expect(element.querySelector('select')!.value).to.equal('u-23');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(element.querySelector('#transfer-reason'));
  });

  it('says what is missing in Welsh, for both fields, in the order they come', async () => {
    const element = await transferForm.render(base, 'cy');
    document.addEventListener('submit', (event) => event.preventDefault(), { once: true });
    element.querySelector('button')!.click();
    await element.updateComplete;
    expect([...element.querySelectorAll('.govuk-error-summary a')].map((link) => link.textContent)).to.deep.equal([
      'Dewiswch y gweithiwr proffesiynol arweiniol newydd',
      'Rhowch y rheswm dros y trosglwyddo',
    ]);
    expect(collapseSpaces(element.querySelector('#transfer-reason-error')!.textContent ?? '')).to.equal(
      'Gwall: Rhowch y rheswm dros y trosglwyddo',
    );
  });

  it('is worked from the keyboard: select, reason, then Transfer', async () => {
    const element = await transferForm.render(base);
    element.querySelector('select')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.querySelector('textarea'));
    await sendKeys({ type: 'Moving school' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.querySelector('button'));
    const sent = await submitted(element.querySelector('form')!);
    expect(sent.data).to.deep.equal([
      ['to', 'u-23'],
      ['reason', 'Moving school'],
    ]);
  });

  it('keeps a reason typed into the server’s markup before the script loaded', async () => {
    const html = await serverRender('TransferForm', base);
    const { element } = await adoptServerHtml<HTMLElement>(html, {
      before: (server) => {
        server.querySelector('textarea')!.value = 'Typed early';
      },
    });
    expect(element.querySelector('textarea')!.value).to.equal('Typed early');
  });
});
