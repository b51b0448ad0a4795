// The warm-space service (@civicbricks/service) on a loopback port for the Chromium tests: the memory store (these
// tests are not about storage), the <civic-journey> bundle built from source, one coordinator account, and axe on
// whatever a page shows.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { createStore, type Store } from '@civicbricks/storage';
import { loadManifest } from '../../packages/service/src/manifest/load.js';
import { createService, type Service } from '../../packages/service/src/runtime/server.js';
import { launchChromium } from './chromium.js';
import { clientBundle } from './journey-server.js';
import { runAxe } from './journey-pages.js';

export const coordinator = { email: 'coord@anytown-trust.org.uk', password: 'correct horse battery staple' };

export interface RunningService {
  readonly browser: Browser;
  readonly service: Service;
  readonly origin: string;
  /** axe on what the page shows now: its DOM copied into a page of the same origin that may run axe (the policy bars it). */
  expectAccessible(page: Page, label: string): Promise<void>;
  close(): Promise<void>;
}

export async function startWarmSpace(): Promise<RunningService> {
  await clientBundle();
  // Where clientBundle() writes the bundle it builds from source.
  const script = join(import.meta.dirname, '../../packages/registration-elements/node_modules/.cache/journey-under-test.js');
  const store: Store = await createStore({ adapter: 'memory' });
  const service = await createService({
    definition: loadManifest(join(import.meta.dirname, '../../packages/service/examples/warm-space/manifest.json')),
    store,
    secret: 'an end-to-end secret of at least thirty-two bytes',
    publicUrl: 'http://127.0.0.1:3000',
    logger: false,
    clientScript: script,
  });
  await service.accounts.add({ ...coordinator, name: 'Cora Ordinator', roles: ['coordinator'] });
  const origin = (await service.listen(0, '127.0.0.1')).replace('localhost', '127.0.0.1');
  const browser = await launchChromium();
  return {
    browser,
    service,
    origin,
    async expectAccessible(page, label) {
      const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
      try {
        const checker = await context.newPage();
        await checker.route('**/assets/journey.js', (route) => route.abort());
        await checker.goto(`${origin}/healthz`);
        await checker.setContent(await page.content(), { waitUntil: 'load' });
        expect(await runAxe(checker), label).toEqual([]);
      } finally {
        await context.close();
      }
    },
    async close() {
      await browser.close();
      await service.close();
      await store.close();
    },
  };
}

/** A fresh browser context (its own cookies), with JavaScript on or off, closed afterwards. */
export async function withContext<T>(browser: Browser, javaScriptEnabled: boolean, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled });
  try {
    return await work(await context.newPage());
  } finally {
    await context.close();
  }
}
