/**
 * The sandbox card page served the way a service would serve it, with
 * govuk-frontend's CSS, and Debian's Chromium to drive it (through
 * playwright-core, as the repository's end-to-end tests do).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createSandboxProvider, TEST_CARDS, type Payment, type SandboxProvider } from '../../src/index.js';
import { createSandboxCardPage } from '../../src/sandbox-page/index.js';
import { findChromium } from '../../../../scripts/lib/run.mjs';
import { launchChromium } from '../../../../tests/support/chromium.js';

export const chromiumPath = findChromium();
// The service serves govuk-frontend's CSS; the page links to it (axe's target-size needs real button sizes).
const govukCss = readFileSync(new URL('../../../../node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css', import.meta.url));

export interface CardPageRig {
  readonly browser: Browser;
  readonly origin: string;
  readonly sandbox: SandboxProvider;
  newPayment(language: 'en' | 'cy'): Promise<Payment>;
  close(): Promise<void>;
}

export async function startCardPageRig(): Promise<CardPageRig> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // localhost, not 127.0.0.1: the return URL may be plain http only for localhost.
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const sandbox = createSandboxProvider({ cardPageUrl: `${origin}/sandbox/card-details` });
  const page = createSandboxCardPage(sandbox, { stylesheets: ['/assets/govuk-frontend.min.css'] });
  server.on('request', (req, res) => {
    if (req.url === '/assets/govuk-frontend.min.css') {
      res.writeHead(200, { 'content-type': 'text/css' });
      res.end(govukCss);
      return;
    }
    void page(req, res).then((handled) => {
      if (handled) return;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        '<!DOCTYPE html><html lang="en"><head><title>Back at the service</title></head><body><main><h1>Back at the service</h1></main></body></html>',
      );
    });
  });
  const browser = await launchChromium();
  return {
    browser,
    origin,
    sandbox,
    async newPayment(language) {
      const { payment } = await sandbox.createPayment({
        amount: 1000,
        reference: 'BB-1',
        description: 'Blue badge',
        returnUrl: `${origin}/blue-badge/return`,
        language,
      });
      return payment;
    },
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Fills the card page as a person would, by the labels they read, and presses the button. */
export async function fillAndContinue(page: Page, language: 'en' | 'cy', cardNumber: string): Promise<void> {
  const labels =
    language === 'cy'
      ? { card: 'Rhif y cerdyn', month: 'Mis', year: 'Blwyddyn', name: 'Enw ar y cerdyn', cvc: 'Cod diogelwch y cerdyn', go: 'Parhau' }
      : { card: 'Card number', month: 'Month', year: 'Year', name: 'Name on card', cvc: 'Card security code', go: 'Continue' };
  await page.getByLabel(labels.card).fill(cardNumber);
  await page.getByLabel(labels.month, { exact: true }).fill('12');
  await page.getByLabel(labels.year, { exact: true }).fill('30');
  await page.getByLabel(labels.name).fill('Sam Jones');
  await page.getByLabel(labels.cvc).fill('123');
  await page.getByRole('button', { name: labels.go, exact: true }).click();
}

/** Every test card through the page in one browser context; the payment's status after each, in order. */
export async function payWithEveryTestCard(rig: CardPageRig, javaScriptEnabled: boolean, language: 'en' | 'cy'): Promise<string[]> {
  const context = await rig.browser.newContext({ javaScriptEnabled });
  try {
    const page = await context.newPage();
    const statuses: string[] = [];
    for (const card of TEST_CARDS) {
      const payment = await rig.newPayment(language);
      await page.goto(payment.nextUrl!);
      await fillAndContinue(page, language, card.number);
      await page.waitForURL(`${rig.origin}/blue-badge/return`);
      statuses.push((await rig.sandbox.getPayment(payment.paymentId)).status);
    }
    return statuses;
  } finally {
    await context.close();
  }
}

/** The status GOV.UK Pay documents for each test card, in TEST_CARDS order (written out, not derived from the table). */
export const EXPECTED_STATUSES = ['success', 'success', 'failed', 'failed', 'failed', 'error'];
if (TEST_CARDS.length !== EXPECTED_STATUSES.length) throw new Error('EXPECTED_STATUSES must list every test card');

/** Starts the rig before the describe's tests and stops it after; call inside `describe`. */
export function useCardPageRig(): () => CardPageRig {
  let rig: CardPageRig | undefined;
  beforeAll(async () => {
    rig = await startCardPageRig();
  }, 120_000);
  afterAll(async () => {
    await rig?.close();
  });
  return () => {
    if (!rig) throw new Error('The card page rig has not started');
    return rig;
  };
}
