// GOV.UK's own cases as a test: every fixture govuk-frontend ships for a component we have is rendered by our server
// render function from the fixture's options, unchanged, and compared with the fixture's HTML (govuk-* classes, text,
// the attributes that matter). It reads the installed govuk-frontend, so an upgrade re-runs GOV.UK's new cases.
import { describe, expect, it } from 'vitest';
import { componentsNotYetOnGovukOptions, fixturesAllowedToDiffer } from './govuk-fixtures.allowed.js';
import { compareMarkup, readFixtures, renderFunctionFor, runFixture, type GovukComponent } from './support/govuk-fixtures.js';

const components = Object.keys(renderFunctionFor) as GovukComponent[];

describe('govuk-frontend fixtures', () => {
  for (const component of components) {
    const notYet = componentsNotYetOnGovukOptions[component];
    if (notYet !== undefined) {
      it(`${component}: not yet on GOV.UK's options (${notYet}), so at least one fixture still differs`, () => {
        const results = readFixtures(component).map((fixture) => runFixture(component, fixture));
        expect(
          results.some((result) => result.outcome !== 'same'),
          `every ${component} fixture renders the same: take it off the list`,
        ).toBe(true);
      });
      continue;
    }
    describe(component, () => {
      for (const fixture of readFixtures(component)) {
        const key = `${component}/${fixture.name}`;
        const allowed = fixturesAllowedToDiffer[key];
        it(allowed ? `${fixture.name} (allowed to differ: ${allowed})` : fixture.name, () => {
          const result = runFixture(component, fixture);
          if (allowed) expect(result.outcome, `${key} renders the same now: take it off the list`).not.toBe('same');
          else expect(`${result.outcome}${result.detail ? `: ${result.detail}` : ''}`).toBe('same');
        });
      }
    });
  }

  it('every entry of the allowed list names a fixture that exists', () => {
    for (const key of Object.keys(fixturesAllowedToDiffer)) {
      const [component, ...name] = key.split('/');
      expect(
        readFixtures(component as GovukComponent).some((fixture) => fixture.name === name.join('/')),
        key,
      ).toBe(true);
    }
  });
});

describe('the comparison', () => {
  it('sees a dropped element, a missing class and different text', () => {
    const govuk = '<div class="govuk-hint">Hint <strong class="govuk-!-font-weight-bold">bold</strong></div>';
    expect(compareMarkup(govuk, govuk).outcome).toBe('same');
    expect(
      compareMarkup(
        govuk,
        '<civic-x data-x="1"><div class="govuk-hint other">Hint <strong class="govuk-!-font-weight-bold">bold</strong></div></civic-x>',
      ).outcome,
    ).toBe('same');
    expect(compareMarkup(govuk, '<div class="govuk-hint">Hint bold</div>').outcome).toBe('dropped');
    expect(compareMarkup(govuk, '<div class="govuk-hint">Hint <strong>bold</strong></div>').outcome).toBe('differ');
    expect(compareMarkup('<input id="a" name="b" aria-describedby="c">', '<input id="a" name="b">').outcome).toBe('differ');
    expect(compareMarkup('<p class="govuk-body">One</p>', '<p class="govuk-body">Two</p>').outcome).toBe('dropped');
  });
});
