import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerPage, createJourney } from '@civicbricks/registration';
import { pageModel, type PageModel, type PageModelInput } from '../src/model.js';

const everyQuestion = createJourney(JSON.parse(readFileSync(join(import.meta.dirname, '../examples/every-question.json'), 'utf8')));
const changeHref = (id: string) => `/j/${id}`;
/** A page of the every-question journey, unanswered, in English unless `more` says otherwise. */
const modelOf = (pageId: string, more: Partial<PageModelInput> = {}): PageModel =>
  pageModel({ journey: everyQuestion, pageId, answers: {}, locale: 'en', changeHref, ...more });

describe('pageModel', () => {
  it('links each error to the control to fix: a date’s first wrong part, an address line, a list’s first box', () => {
    const model = modelOf('about-you', {
      errors: [
        { path: ['dob'], code: 'date.missing_month', message: 'Date of birth must include a month', parts: ['month'] },
        { path: ['home', 'town'], code: 'address.town', message: 'Enter town or city' },
        { path: ['fullName', 'first'], code: 'name.first', message: 'Enter a first name' },
      ],
    });
    expect(model.kind === 'question' && model.errors).toEqual([
      { text: 'Date of birth must include a month', href: '#dob-month' },
      { text: 'Enter town or city', href: '#home-town' },
      { text: 'Enter a first name', href: '#fullName-first' },
    ]);
    const details = modelOf('details', {
      errors: [
        { path: ['children'], code: 'addAnother.too_few', message: 'Add at least 1 answer' },
        { path: ['children', 0, 'born'], code: 'date.enter', message: 'Enter a date', parts: ['day', 'month', 'year'] },
      ],
    });
    expect(details.kind === 'question' && details.errors.map((error) => error.href)).toEqual(['#children-0-name', '#children-0-born-day']);
    // An error on a whole grouped question goes to its first part.
    const whole = modelOf('about-you', {
      errors: [
        { path: ['home'], code: 'answer.required', message: 'Enter your address' },
        { path: ['fullName'], code: 'answer.required', message: 'Enter your name' },
      ],
    });
    expect(whole.kind === 'question' && whole.errors.map((error) => error.href)).toEqual(['#home-line1', '#fullName-first']);
  });

  it('marks the date box the engine names, beside the date and in the summary, also inside add-another items', () => {
    const posted = {
      dob: { day: '31', month: '', year: '1990' },
      children: [{ name: 'Ann', born: { day: '1', month: '2', year: '20' } }],
    };
    const aboutYou = answerPage(everyQuestion, {}, 'about-you', { ...posted, dob: posted.dob }, { today: '2026-11-22' });
    const details = answerPage(everyQuestion, {}, 'details', posted, { today: '2026-11-22' });
    if (aboutYou.ok || details.ok) throw new Error('expected errors');
    const dobError = aboutYou.errors.find((error) => error.path[0] === 'dob');
    expect(dobError?.path).toEqual(['dob', 'month']);
    const first = modelOf('about-you', {
      errors: aboutYou.errors,
    });
    if (first.kind !== 'question') throw new Error('question page expected');
    expect(first.errors.find((item) => item.text === dobError?.message)?.href).toBe('#dob-month');
    expect(first.fields.find((field) => field.component === 'date-input')).toMatchObject({
      options: { errorMessage: dobError?.message, errorItems: ['month'] },
    });
    const bornError = details.errors.find((error) => error.path[0] === 'children');
    const second = modelOf('details', { errors: details.errors });
    if (second.kind !== 'question') throw new Error('question page expected');
    expect(second.errors.find((item) => item.text === bornError?.message)?.href).toBe('#children-0-born-year');
  });

  it('makes a single question the page heading, and a titled page’s questions smaller labels', () => {
    const warm = createJourney(
      JSON.parse(readFileSync(join(import.meta.dirname, '../../registration/examples/warm-space-library.json'), 'utf8')),
    );
    const single = pageModel({ journey: warm, pageId: 'age', answers: {}, locale: 'cy', changeHref });
    expect(single.kind === 'question' && single.heading).toBeUndefined();
    expect(single.kind === 'question' && single.fields[0]).toMatchObject({
      component: 'radios',
      options: { fieldset: { legend: { text: 'Faint yw eich oed?', isPageHeading: true, size: 'l' } } },
    });
    const grouped = pageModel({ journey: warm, pageId: 'contact', answers: {}, locale: 'en', changeHref });
    expect(grouped.kind === 'question' && grouped.heading).toBe('How can we contact you?');
    expect(grouped.kind === 'question' && grouped.fields[0]).toMatchObject({
      component: 'text-input',
      options: { label: { size: 'm' }, type: 'tel' },
    });
  });

  it('asks the browser to fill in only the person’s own details, not those of the people they list', () => {
    const journey = createJourney({
      schemaVersion: 1,
      id: 'contacts',
      version: 1,
      title: { en: 'Contacts' },
      start: 'contacts',
      pages: [
        {
          id: 'contacts',
          type: 'question',
          title: { en: 'Contacts' },
          questions: [
            { id: 'email', type: 'email', label: { en: 'Your email address' } },
            {
              id: 'others',
              type: 'addAnother',
              label: { en: 'Other contacts' },
              questions: [{ id: 'email', type: 'email', label: { en: 'Their email address' } }],
            },
          ],
          routes: [{ to: 'check' }],
        },
        { id: 'check', type: 'checkAnswers', next: 'done' },
        { id: 'done', type: 'confirmation', title: { en: 'Done' } },
      ],
    });
    const model = pageModel({ journey, pageId: 'contacts', answers: {}, locale: 'en', changeHref });
    if (model.kind !== 'question') throw new Error('question page expected');
    expect(model.fields[0]).toMatchObject({ component: 'text-input', options: { autocomplete: 'email' } });
    const item = model.fields[1]?.component === 'group' ? model.fields[1].fields[0] : undefined;
    const inner = item?.component === 'group' ? item.fields[0] : undefined;
    expect(inner).toMatchObject({ component: 'text-input', options: { name: 'others[0].email', type: 'email' } });
    expect(inner?.component === 'text-input' && inner.options.autocomplete).toBeUndefined();
  });

  it('refuses what it cannot show, with a typed error', () => {
    expect(() => modelOf('nowhere')).toThrow(/no page "nowhere"/);
    expect(() => modelOf('about-you', { journey: {} as never })).toThrow(/createJourney/);
    expect(() => modelOf('about-you', { locale: 'fr' as never })).toThrow(/locale/);
  });
});
