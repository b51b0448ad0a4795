/**
 * The sandbox card page in Debian's Chromium with JavaScript on: every test
 * card gives its documented outcome in English and Welsh, and axe finds
 * nothing on the form, its error state or the ended page. (JavaScript off is
 * in sandbox-page-nojs.chromium.test.ts, so neither file runs long.)
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../../tests/support/journey-pages.js';
import { chromiumPath, EXPECTED_STATUSES, fillAndContinue, payWithEveryTestCard, useCardPageRig } from './support/card-page-rig.js';

describe.skipIf(!chromiumPath)(`the sandbox card page in Chromium${chromiumPath ? '' : ' (skipped: no Chromium)'}`, () => {
  const rigged = useCardPageRig();

  for (const language of ['en', 'cy'] as const) {
    it(`every test card gives its outcome (JavaScript on, ${language})`, { timeout: 120_000 }, async () => {
      expect(await payWithEveryTestCard(rigged(), true, language)).toEqual(EXPECTED_STATUSES);
    });
  }

  it('has no axe violations on the form, its error state and the ended page, in English and Welsh', { timeout: 120_000 }, async () => {
    const rig = rigged();
    const context = await rig.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      for (const language of ['en', 'cy'] as const) {
        const payment = await rig.newPayment(language);
        await page.goto(payment.nextUrl!);
        expect(await axeViolations(rig.browser, rig.origin, page), `${language} form`).toEqual([]);
        await fillAndContinue(page, language, '4111111111111111');
        await page.locator('.govuk-error-summary').waitFor();
        expect(await page.locator('.govuk-error-summary__list a').allTextContents()).toHaveLength(1);
        expect(await axeViolations(rig.browser, rig.origin, page), `${language} error state`).toEqual([]);
        await fillAndContinue(page, language, '4444333322221111');
        await page.goto(payment.nextUrl!);
        expect(await axeViolations(rig.browser, rig.origin, page), `${language} ended`).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});
