// Every question type on a page, in English and Welsh, pristine and with every error: the page the
// server sends (JavaScript off) and the page <civic-journey> builds (JavaScript on) must read the same
// in the accessibility tree (`<main>` and the back link's place before it), pass axe, and with JavaScript on
// every error summary link must focus its field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.js';
import { startJourneyServer, type JourneyServer } from './support/journey-server.js';
import { axeViolations, backLinkPlacement, onPage } from './support/journey-pages.js';

const everyQuestion = JSON.parse(
  readFileSync(join(import.meta.dirname, '../packages/registration-elements/examples/every-question.json'), 'utf8'),
) as unknown;

let browser: Browser;
let server: JourneyServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startJourneyServer(everyQuestion)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What a screen reader user meets in `<main>`, for one page in one state. */
async function mainTree(page: Page): Promise<string> {
  // With JavaScript the character count also says how many characters are left, as govuk-frontend's script does.
  return (await page.locator('main').ariaSnapshot()).replace(/ (You have|Mae gennych) \d+ (characters remaining|nod ar ôl)/g, '');
}

async function fillAboutYou(page: Page, welsh: boolean): Promise<void> {
  const label = (en: string, cy: string) => (welsh ? cy : en);
  await page.getByLabel(label('First name', 'Enw cyntaf')).fill('Ffion');
  await page.getByLabel(label('Last name', 'Cyfenw')).fill('Evans');
  await page.getByLabel(label('Day', 'Diwrnod'), { exact: true }).fill('3');
  await page.getByLabel(label('Month', 'Mis'), { exact: true }).fill('11');
  await page.getByLabel(label('Year', 'Blwyddyn'), { exact: true }).fill('1990');
  await page.getByLabel(label('Address line 1', 'Llinell 1 y cyfeiriad'), { exact: true }).fill('1 High Street');
  await page.getByLabel(label('Town or city', 'Tref neu ddinas')).fill('Anytown');
  await page.getByLabel(label('Postcode', 'Cod post'), { exact: true }).fill('sw1a 1aa');
  await page.getByLabel(label('Postcode of your workplace', 'Cod post eich gweithle')).fill('CF10 1AA');
  await page.getByLabel(label('National Insurance number', 'Rhif Yswiriant Gwladol')).fill('ab 12 34 56 c');
  await page.getByLabel(label('NHS number', 'Rhif GIG')).fill('943 476 5919');
  await page.getByLabel(label('Email address', 'Cyfeiriad e-bost')).fill('ffion@example.org');
  await page.getByLabel(label('Telephone number', 'Rhif ffôn')).fill('01632 960 001');
}

interface Capture {
  readonly tree: string;
  /** The back link's place before `<main>`. */
  readonly backTree: string;
  readonly backLink: string;
  readonly title: string;
  readonly violations: readonly string[];
}

/** Each page of the journey, pristine and with every error, in one mode and language. */
async function captureJourney(javaScript: boolean, welsh: boolean): Promise<Capture[]> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const captures: Capture[] = [];
  const capture = async () =>
    captures.push({
      tree: await mainTree(page),
      backTree: await page.locator('#civic-journey-back').ariaSnapshot(),
      backLink: await backLinkPlacement(page),
      title: await page.title(),
      violations: await axeViolations(browser, server.url, page),
    });
  const continueButton = page.getByRole('button', { name: welsh ? 'Parhau' : 'Continue', exact: true });
  /** The page as it first shows, then after Continue with nothing filled in. */
  const captureWithErrors = async () => {
    await capture();
    await continueButton.click();
    await page.locator('.govuk-error-summary').waitFor();
    await capture();
    if (javaScript) await expectSummaryLinksFocusFields(page);
  };
  try {
    await page.goto(`${server.url}/journey/about-you${welsh ? '?lang=cy' : ''}`);
    await onPage(page, welsh ? 'Amdanoch chi' : 'About you');
    await captureWithErrors();
    await fillAboutYou(page, welsh);
    await continueButton.click();
    await onPage(page, welsh ? 'Eich amgylchiadau' : 'Your circumstances');
    await captureWithErrors();
  } finally {
    await context.close();
  }
  return captures;
}

/** The GOV.UK error summary contract: every link moves focus to the control it names. */
async function expectSummaryLinksFocusFields(page: Page): Promise<void> {
  const links = page.locator('.govuk-error-summary__list a');
  const count = await links.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const link = links.nth(index);
    const target = ((await link.getAttribute('href')) ?? '').slice(1);
    await link.click();
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(focused, `${await link.textContent()} → #${target}`).toBe(target);
  }
}

describe.each([
  ['English', false],
  ['Welsh', true],
])('every question type, in %s', (_language, welsh) => {
  it('reads the same with JavaScript off and on, and passes axe in every state', { timeout: 180_000 }, async () => {
    const off = await captureJourney(false, welsh);
    const on = await captureJourney(true, welsh);
    expect(on.map((capture) => capture.tree)).toEqual(off.map((capture) => capture.tree));
    expect(on.map((capture) => capture.backTree)).toEqual(off.map((capture) => capture.backTree));
    // The first page has no back link; the second has one, outside <main> and before it, in both modes.
    const placements = ['none', 'none', 'before main', 'before main'];
    expect(off.map((capture) => capture.backLink)).toEqual(placements);
    expect(on.map((capture) => capture.backLink)).toEqual(placements);
    expect(off[2]?.backTree).toMatch(
      welsh ? /navigation "Tudalen flaenorol":\s+- link "Yn ôl"/ : /navigation "Previous page":\s+- link "Back"/,
    );
    expect(on.map((capture) => capture.title)).toEqual(off.map((capture) => capture.title));
    for (const capture of [...off, ...on]) expect(capture.violations, capture.title).toEqual([]);
    // The error states really are error states.
    expect(off[1]?.title).toMatch(welsh ? /^Gwall: / : /^Error: /);
    expect(off[3]?.tree).toContain(welsh ? 'Mae yna broblem' : 'There is a problem');
  });
});
