// The warm-space service's own citizen pages (start, cookies, accessibility statement, privacy notice, page not
// found) and the journey's first page in real Chromium with JavaScript off, each in English and then Welsh through
// its language link, with axe on every one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPage } from './support/journey-pages.js';
import { startWarmSpace, withContext, type RunningService } from './support/warm-space-service.js';

let running: RunningService;
beforeAll(async () => {
  running = await startWarmSpace();
}, 120_000);
afterAll(() => running?.close());

describe('warm-space pages in English and Welsh', () => {
  it('the service’s own pages pass axe in English and Welsh', async () => {
    await withContext(running.browser, false, async (page) => {
      for (const [path, en, cy] of [
        ['/', 'Register for a warm space at the library', 'Cofrestru ar gyfer lle cynnes yn y llyfrgell'],
        ['/cookies', 'Cookies', 'Cwcis'],
        [
          '/accessibility',
          'Accessibility statement for Register for a warm space at the library',
          'Datganiad hygyrchedd ar gyfer Cofrestru ar gyfer lle cynnes yn y llyfrgell',
        ],
        ['/privacy', 'Privacy notice', 'Hysbysiad preifatrwydd'],
        ['/no-such-page', 'Page not found', 'Heb ddod o hyd i’r dudalen'],
      ] as const) {
        await page.goto(`${running.origin}${path}`);
        await onPage(page, en);
        await running.expectAccessible(page, `${path} in English`);
        await page.getByRole('link', { name: 'Cymraeg' }).click();
        await onPage(page, cy);
        expect(await page.getAttribute('html', 'lang')).toBe('cy');
        await running.expectAccessible(page, `${path} in Welsh`);
      }
      await page.goto(`${running.origin}/register/age?lang=cy`);
      await onPage(page, 'Faint yw eich oed?');
      await running.expectAccessible(page, 'the journey in Welsh');
    });
  }, 120_000);
});
