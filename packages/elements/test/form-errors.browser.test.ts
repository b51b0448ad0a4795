import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import {
  applyAttributes,
  clearFormErrors,
  dateInputAttributes,
  radiosAttributes,
  showFormErrors,
  textInputAttributes,
  type CivicDateInput,
  type CivicErrorSummary,
  type CivicRadios,
  type CivicTextInput,
} from '../src/index.js';
import { cleanup, container, expectAccessible } from '../../../tests/support/browser.js';

/** A registration page: name, contact preference and date of birth, as a service would render it. */
async function registrationForm(lang = 'en'): Promise<HTMLFormElement> {
  const form = document.createElement('form');
  const name = document.createElement('civic-text-input');
  applyAttributes(name, textInputAttributes({ id: 'full-name', name: 'fullName', label: { text: 'Full name' }, value: 'Ann Jones' }));
  const contact = document.createElement('civic-radios');
  applyAttributes(
    contact,
    radiosAttributes({
      name: 'contact',
      fieldset: { legend: { text: 'How should we contact you?' } },
      items: [
        { value: 'email', text: 'Email' },
        { value: 'phone', text: 'Phone' },
      ],
    }),
  );
  const dob = document.createElement('civic-date-input');
  applyAttributes(
    dob,
    dateInputAttributes({
      id: 'dob',
      namePrefix: 'dateOfBirth',
      fieldset: { legend: { text: 'Date of birth' } },
      values: { day: '31', month: '13', year: '1980' },
    }),
  );
  form.append(name, contact, dob);
  container(lang).append(form);
  await Promise.all([name, contact, dob].map((element) => element.updateComplete));
  return form;
}

describe('showFormErrors', () => {
  const originalTitle = document.title;
  beforeEach(() => {
    document.title = 'Register for a warm space';
  });
  afterEach(() => {
    cleanup();
    document.title = originalTitle;
  });

  it('shows each message beside its field and a summary in page order, focused, with the title prefixed', async () => {
    const form = await registrationForm();
    // Reported out of page order, as validators often do.
    const summary = await showFormErrors(form, [
      { field: 'dateOfBirth', message: 'Date of birth must be a real date', parts: ['month'] },
      { field: 'contact', message: 'Select how we should contact you' },
      { field: 'fullName', message: 'Enter your full name' },
    ]);
    expect(form.firstElementChild).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal([
      ['Enter your full name', '#full-name'],
      ['Select how we should contact you', '#contact'],
      ['Date of birth must be a real date', '#dob-month'],
    ]);
    expect(document.activeElement).to.equal(summary.querySelector('.govuk-error-summary'));
    expect(document.title).to.equal('Error: Register for a warm space');
    expect(form.querySelector<CivicTextInput>('civic-text-input')?.errorMessage).to.equal('Enter your full name');
    expect(form.querySelector('#dob-month')?.classList.contains('govuk-input--error')).to.equal(true);
    expect(form.querySelector('#dob-day')?.classList.contains('govuk-input--error')).to.equal(false);
    await expectAccessible(form);
  });

  it('keeps what the person entered', async () => {
    const form = await registrationForm();
    await showFormErrors(form, [{ field: 'fullName', message: 'Enter your full name' }]);
    expect(form.querySelector<HTMLInputElement>('#full-name')?.value).to.equal('Ann Jones');
    expect(form.querySelector<CivicDateInput>('civic-date-input')?.values).to.deep.equal({ day: '31', month: '13', year: '1980' });
    expect(new FormData(form).get('dateOfBirth-month')).to.equal('13');
  });

  it('takes a ValidationError’s issues, matching paths to field names', async () => {
    const form = await registrationForm();
    const summary = await showFormErrors(form, { issues: [{ path: ['contact'], message: 'Select how we should contact you' }] });
    expect(form.querySelector<CivicRadios>('civic-radios')?.errorMessage).to.equal('Select how we should contact you');
    expect(summary.querySelector('a')?.getAttribute('href')).to.equal('#contact');
  });

  it('lists an error for a field the form does not have, without a link', async () => {
    const form = await registrationForm();
    const summary = await showFormErrors(form, [{ field: 'somethingElse', message: 'The service could not check your answers' }]);
    expect(summary.querySelector('li')?.textContent?.trim()).to.equal('The service could not check your answers');
    expect(summary.querySelector('a')).to.equal(null);
  });

  it('each summary link, followed from the keyboard, focuses its field', async () => {
    const form = await registrationForm();
    await showFormErrors(form, [
      { field: 'fullName', message: 'Enter your full name' },
      { field: 'contact', message: 'Select how we should contact you' },
    ]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement?.id).to.equal('full-name');
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement?.id).to.equal('contact');
  });

  it('speaks Welsh in the title prefix', async () => {
    const form = await registrationForm('cy');
    await showFormErrors(form, [{ field: 'fullName', message: 'Rhowch eich enw llawn' }]);
    expect(document.title).to.equal('Gwall: Register for a warm space');
  });

  it('fills the summary already on the page, above the form, instead of adding a second', async () => {
    const form = await registrationForm();
    // As GOV.UK lays a page out: the summary first in <main>, outside the form, empty until something is wrong.
    const pageSummary = document.createElement('civic-error-summary') as CivicErrorSummary;
    form.before(pageSummary);
    await pageSummary.updateComplete;
    expect(pageSummary.querySelector('.govuk-error-summary')).to.equal(null);

    const summary = await showFormErrors(form, [{ field: 'fullName', message: 'Enter your full name' }]);
    expect(summary).to.equal(pageSummary);
    expect(document.querySelectorAll('civic-error-summary')).to.have.length(1);
    expect([...summary.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal(['#full-name']);
    expect(document.activeElement).to.equal(summary.querySelector('.govuk-error-summary'));

    clearFormErrors(form);
    await summary.updateComplete;
    expect(summary.querySelector('.govuk-error-summary')).to.equal(null);
    await showFormErrors(form, [{ field: 'contact', message: 'Select how we should contact you' }]);
    expect(document.querySelectorAll('civic-error-summary')).to.have.length(1);
    expect(summary.querySelector('a')?.getAttribute('href')).to.equal('#contact');
    await expectAccessible(form.parentElement!);
  });

  it('fills a summary the server put in the form with the errors of its last post', async () => {
    const form = await registrationForm();
    const serverSummary = document.createElement('civic-error-summary') as CivicErrorSummary;
    serverSummary.errorList = [{ text: 'Enter your full name', href: '#full-name' }];
    serverSummary.disableAutoFocus = true;
    form.prepend(serverSummary);
    await serverSummary.updateComplete;
    const summary = await showFormErrors(form, [{ field: 'contact', message: 'Select how we should contact you' }]);
    expect(summary).to.equal(serverSummary);
    expect(form.querySelectorAll('civic-error-summary')).to.have.length(1);
    expect([...summary.querySelectorAll('a')].map((link) => link.textContent)).to.deep.equal(['Select how we should contact you']);
  });

  it('showing again replaces the old errors, and clearing removes them all', async () => {
    const form = await registrationForm();
    await showFormErrors(form, [{ field: 'fullName', message: 'Enter your full name' }]);
    const summary = await showFormErrors(form, [{ field: 'contact', message: 'Select how we should contact you' }]);
    expect(form.querySelectorAll('civic-error-summary')).to.have.length(1);
    expect(form.querySelector<CivicTextInput>('civic-text-input')?.errorMessage).to.equal(undefined);
    expect(document.title).to.equal('Error: Register for a warm space');
    clearFormErrors(form);
    await summary.updateComplete;
    expect(summary.querySelector('.govuk-error-summary')).to.equal(null);
    expect(form.querySelector<CivicRadios>('civic-radios')?.errorMessage).to.equal(undefined);
    expect(document.title).to.equal('Register for a warm space');
  });
});
