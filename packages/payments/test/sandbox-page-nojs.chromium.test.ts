/**
 * The sandbox card page in Debian's Chromium with JavaScript off: plain form
 * posts, and every test card still gives its documented outcome, in English and Welsh.
 */
import { describe, expect, it } from 'vitest';
import { chromiumPath, EXPECTED_STATUSES, payWithEveryTestCard, useCardPageRig } from './support/card-page-rig.js';

describe.skipIf(!chromiumPath)(`the sandbox card page in Chromium, JavaScript off${chromiumPath ? '' : ' (skipped: no Chromium)'}`, () => {
  const rigged = useCardPageRig();

  for (const language of ['en', 'cy'] as const) {
    it(`every test card gives its outcome (JavaScript off, ${language})`, { timeout: 120_000 }, async () => {
      expect(await payWithEveryTestCard(rigged(), false, language)).toEqual(EXPECTED_STATUSES);
    });
  }
});
