// The journey handler over real HTTP with fetch (no browser): what a person with JavaScript off, a
// script, a forger and a stale link each get back.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJourney } from '@civicbricks/registration';
import { SAVED_JOURNEYS } from '@civicbricks/registration/store';
import { createStore, type Store } from '@civicbricks/storage';
import { createJourneyHandler, DEFAULT_CONTENT_SECURITY_POLICY, JOURNEY_SESSIONS } from '@civicbricks/registration-elements/server';
import { z } from 'zod';
import { startJourneyServer, type JourneyServer } from '../../../tests/support/journey-server.js';

const warmSpace = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../registration/examples/warm-space-library.json'), 'utf8'),
) as unknown;

let server: JourneyServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

/** A person with a cookie jar and no JavaScript. */
class Visitor {
  cookie = '';
  constructor(readonly origin: string) {}

  async get(path: string): Promise<Response> {
    return this.remember(await fetch(`${this.origin}${path}`, { headers: { cookie: this.cookie }, redirect: 'manual' }));
  }

  async post(path: string, fields: Record<string, string | string[]>, csrf?: string): Promise<Response> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
    if (csrf !== undefined) body.set('$csrf', csrf);
    return this.remember(
      await fetch(`${this.origin}${path}`, {
        method: 'POST',
        headers: { cookie: this.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      }),
    );
  }

  async postJson(path: string, body: unknown, csrf: string): Promise<Response> {
    return fetch(`${this.origin}${path}`, {
      method: 'POST',
      headers: { cookie: this.cookie, 'content-type': 'application/json', 'x-civic-csrf': csrf },
      body: JSON.stringify(body),
    });
  }

  private remember(response: Response): Response {
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0] ?? '';
    return response;
  }
}

async function csrfOf(response: Response): Promise<{ html: string; csrf: string }> {
  const html = await response.text();
  const csrf = /name="\$csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!csrf) throw new Error(`No anti-forgery field in: ${html.slice(0, 500)}`);
  return { html, csrf };
}

/** How many sessions the store holds. */
async function storedSessions(store: Store): Promise<number> {
  return (await store.collection(JOURNEY_SESSIONS, z.record(z.string(), z.unknown())).list({ limit: 500 })).items.length;
}

/** Posts each page's answers in turn; each must be accepted (303 to the next page). */
async function answerPages(
  visitor: Visitor,
  csrf: string,
  steps: readonly (readonly [string, Record<string, string | string[]>])[],
): Promise<void> {
  for (const [page, fields] of steps) {
    const response = await visitor.post(`/journey/${page}`, fields, csrf);
    expect(response.status, `${page}: ${response.status === 200 ? await response.text() : ''}`).toBe(303);
  }
}

/** Answers the warm-space pages up to check your answers. */
async function answerToCheck(visitor: Visitor): Promise<string> {
  const { csrf } = await csrfOf(await visitor.get('/journey/age'));
  await answerPages(visitor, csrf, [
    ['age', { ageGroup: '65plus' }],
    ['name', { name: 'Pat Smith' }],
    ['contact-ok', { contactOk: 'no' }],
    ['days', { days: ['tue', 'thu'] }],
    ['with-you', {}],
    ['access', { access: 'none' }],
  ]);
  return csrf;
}

/** A warm-space server on memory storage, and a visitor on its first page with the form's CSRF token. */
async function atFirstPage(): Promise<{ server: JourneyServer; visitor: Visitor; csrf: string }> {
  const started = await startJourneyServer(warmSpace, { script: false, adapter: 'memory' });
  server = started;
  const visitor = new Visitor(started.url);
  const { csrf } = await csrfOf(await visitor.get('/journey/age'));
  return { server: started, visitor, csrf };
}

/** A warm-space server and a visitor who has answered up to the add-another page, "with-you". */
async function toWithYou(): Promise<{ visitor: Visitor; csrf: string }> {
  const { visitor, csrf } = await atFirstPage();
  await answerPages(visitor, csrf, [
    ['age', { ageGroup: '16to64' }],
    ['name', { name: 'Jo' }],
    ['contact-ok', { contactOk: 'no' }],
    ['days', { days: 'mon' }],
  ]);
  return { visitor, csrf };
}

describe('the journey handler with JavaScript off', () => {
  // The one test on PGlite, the embedded default: a double click on "Accept and send" races two transactions there.
  // Its time allows for PGlite starting on a busy machine.
  it('keeps answers server-side, refuses skipped pages and stores one record however often "Accept and send" is pressed', async () => {
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'pglite' });
    const visitor = new Visitor(server.url);
    expect((await visitor.get('/journey/')).headers.get('location')).toBe('/journey/age');
    // A typed address cannot skip questions.
    expect((await visitor.get('/journey/days')).headers.get('location')).toBe('/journey/age');
    const csrf = await answerToCheck(visitor);
    const check = await visitor.get('/journey/check');
    expect(check.status).toBe(200);
    expect(check.headers.get('cache-control')).toBe('no-store');
    const html = await check.text();
    expect(html).toContain('Pat Smith');
    expect(html).toContain('href="/journey/name?returnTo=check-answers"');
    // The cookie says nothing about the person.
    expect(visitor.cookie).not.toMatch(/Pat|Smith|65plus/);
    const [first, second] = await Promise.all([visitor.post('/journey/check', {}, csrf), visitor.post('/journey/check', {}, csrf)]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect([first.headers.get('location'), second.headers.get('location')]).toEqual(['/journey/registered', '/journey/registered']);
    const confirmation = await (await visitor.get('/journey/registered')).text();
    const reference = /Your reference number: ([A-Z0-9-]+)/.exec(confirmation)?.[1];
    expect(reference).toBeTruthy();
    const { SUBMISSIONS } = await import('@civicbricks/registration/store');
    const { z } = await import('zod');
    const { items } = await server.store.collection(SUBMISSIONS, z.record(z.string(), z.unknown())).list();
    expect(items).toHaveLength(1);
    // Going back after sending shows the confirmation; the first page starts a new application.
    expect((await visitor.get('/journey/check')).headers.get('location')).toBe('/journey/registered');
    expect((await visitor.get('/journey/age')).headers.get('location')).toBe('/journey/age');
    expect((await visitor.get('/journey/age')).status).toBe(200);
  }, 90_000);

  it('puts the back link before <main>, where "Skip to main content" skips it, on every page that has one', async () => {
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'memory' });
    /** What the page has before `<main` (the end of it: the width container's start) and from `<main` on. */
    const split = async (visitor: Visitor, path: string) => {
      const html = await (await visitor.get(path)).text();
      const main = html.indexOf('<main');
      expect(main, path).toBeGreaterThan(0);
      return { before: html.slice(html.lastIndexOf('<div class="govuk-width-container">', main), main), inside: html.slice(main) };
    };
    const slot = (href: string) =>
      `<div class="govuk-width-container"><div id="civic-journey-back"><nav aria-label="Previous page"><civic-back-link href="${href}" text="Back">` +
      `<a href="${href}" class="govuk-back-link">Back</a></civic-back-link></nav></div>`;
    const emptySlot = '<div class="govuk-width-container"><div id="civic-journey-back"></div>';
    const visitor = new Visitor(server.url);
    // The first page has no back link, but its place is there for <civic-journey>, which the page points at it.
    const first = await split(visitor, '/journey/age');
    expect(first.before).toBe(emptySlot);
    expect(first.inside).toContain('<civic-journey back-link-target="civic-journey-back">');
    const csrf = await answerToCheck(visitor);
    for (const [path, href] of [
      ['/journey/name', '/journey/age'],
      ['/journey/check', '/journey/access'],
      ['/journey/name?returnTo=check-answers', '/journey/check'],
    ] as const) {
      const page = await split(visitor, path);
      expect(page.before, path).toBe(slot(href));
      expect(page.inside, path).not.toContain('govuk-back-link');
    }
    // The exit page keeps its back link; the confirmation has none.
    const other = new Visitor(server.url);
    const { csrf: otherCsrf } = await csrfOf(await other.get('/journey/age'));
    expect((await other.post('/journey/age', { ageGroup: 'under16' }, otherCsrf)).headers.get('location')).toBe('/journey/ask-an-adult');
    expect((await split(other, '/journey/ask-an-adult')).before).toBe(slot('/journey/age'));
    await visitor.post('/journey/check', {}, csrf);
    const confirmation = await split(visitor, '/journey/registered');
    expect(confirmation.before).toBe(emptySlot);
    expect(confirmation.inside).not.toContain('govuk-back-link');
  });

  it('shows errors the GOV.UK way on a failed submit: summary, message by the field, "Error: " title, values kept', async () => {
    const { visitor, csrf } = await atFirstPage();
    await answerPages(visitor, csrf, [
      ['age', { ageGroup: '16to64' }],
      ['name', { name: 'Jo <b>Bloggs</b>' }],
      ['contact-ok', { contactOk: 'yes' }],
    ]);
    const failed = await visitor.post('/journey/contact', { phone: 'not a number', email: 'jo@example' }, csrf);
    expect(failed.status).toBe(200);
    const html = await failed.text();
    expect(html).toMatch(/<title>Error: How can we contact you\? – /);
    // The errors travel with the page, so <civic-journey> shows them too when it takes over.
    expect(html).toMatch(/data-civic-journey-state>[^<]*"errors":\[\{"path":\["phone"\]/);
    expect(html).toContain('class="govuk-error-summary');
    expect(html).toContain('href="#phone"');
    expect(html).toContain('value="not a number"');
    expect(html).toContain('value="jo@example"');
    // Earlier answers come back escaped, never as markup.
    const nameHtml = await (await visitor.get('/journey/name')).text();
    expect(nameHtml).toContain('value="Jo &lt;b&gt;Bloggs&lt;/b&gt;"');
    expect(nameHtml).not.toContain('<b>Bloggs</b>');
  });

  it('speaks Welsh when asked and keeps the choice', async () => {
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'memory' });
    const visitor = new Visitor(server.url);
    const html = await (await visitor.get('/journey/age?lang=cy')).text();
    expect(html).toContain('<html lang="cy"');
    expect(html).toContain('Faint yw eich oed?');
    expect(html).toContain('Parhau');
    expect(html).toMatch(/hreflang="en" lang="en">English</);
    expect(html).toContain('hreflang="en"');
    expect(await (await visitor.get('/journey/age')).text()).toContain('Faint yw eich oed?');
  });

  it('refuses a form without its anti-forgery token, and unknown pages, with pages that say what to do', async () => {
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'memory' });
    const visitor = new Visitor(server.url);
    await visitor.get('/journey/age');
    const forged = await visitor.post('/journey/age', { ageGroup: '16to64' }, 'forged');
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('Your earlier answers are kept');
    // A request the service cannot take gets GOV.UK's problem page, in the person's language, not a bare error.
    const wrongType = await fetch(`${server.url}/journey/age?lang=cy`, {
      method: 'POST',
      headers: { cookie: visitor.cookie, 'content-type': 'text/plain' },
      body: 'ageGroup=16to64',
    });
    expect(wrongType.status).toBe(415);
    expect(await wrongType.text()).toContain('Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth');
    const missing = await visitor.get('/journey/nope?lang=en');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
  });

  it('adds and removes items of an add-another question without losing what was typed', async () => {
    const { visitor, csrf } = await toWithYou();
    const items = { 'withYou[0].firstName': 'Ann', 'withYou[0].isChild': 'yes', 'withYou[1].firstName': 'Ben', 'withYou[1].isChild': 'no' };
    const added = await (await visitor.post('/journey/with-you', { ...items, $action: 'add:withYou' }, csrf)).text();
    expect(added).toContain('Answer 3');
    expect(added).toContain('value="Ann"');
    expect(added).toContain('value="Ben"');
    const removed = await (await visitor.post('/journey/with-you', { ...items, $action: 'remove:withYou:0' }, csrf)).text();
    expect(removed).not.toContain('value="Ann"');
    expect(removed).toContain('value="Ben"');
    expect((await visitor.post('/journey/with-you', items, csrf)).headers.get('location')).toBe('/journey/access');
  });
});

describe('a visit that has not sent anything', () => {
  it('stores no session, however many pages crawlers fetch, until the first answer is accepted', async () => {
    let now = new Date('2026-11-22T10:00:00Z');
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'memory', clock: () => now });
    for (let i = 0; i < 5; i += 1) {
      const crawler = new Visitor(server.url);
      expect((await crawler.get('/journey/age')).status).toBe(200);
      expect((await crawler.get('/journey/age?lang=cy')).status).toBe(200);
      expect((await crawler.get('/journey/days')).headers.get('location')).toBe('/journey/age');
      // A form posted without a cookie starts a visit, and stores nothing either.
      expect((await new Visitor(server.url).post('/journey/age', { ageGroup: '16to64' }, 'forged')).headers.get('location')).toBe(
        '/journey/age',
      );
    }
    expect(await storedSessions(server.store)).toBe(0);

    // The language chosen before the first answer is kept by the cookie, then by the stored session.
    const person = new Visitor(server.url);
    await person.get('/journey/age?lang=cy');
    const { html, csrf } = await csrfOf(await person.get('/journey/age'));
    expect(html).toContain('Faint yw eich oed?');
    expect(await storedSessions(server.store)).toBe(0);

    // The anti-forgery token still binds the form to this person's cookie: not forged, not another visitor's.
    const other = new Visitor(server.url);
    const { csrf: othersToken } = await csrfOf(await other.get('/journey/age'));
    expect((await person.post('/journey/age', { ageGroup: '16to64' }, 'forged')).status).toBe(403);
    expect((await person.post('/journey/age', { ageGroup: '16to64' }, othersToken)).status).toBe(403);
    // A cookie whose language (or anything else) was changed by hand is not this visit any more.
    const tampered = new Visitor(server.url);
    tampered.cookie = person.cookie.replace('.cy.', '.en.');
    expect((await tampered.post('/journey/age', { ageGroup: '16to64' }, csrf)).headers.get('location')).toBe('/journey/age');
    expect(await storedSessions(server.store)).toBe(0);

    expect((await person.post('/journey/age', { ageGroup: '16to64' }, csrf)).headers.get('location')).toBe('/journey/name');
    expect(await storedSessions(server.store)).toBe(1);
    expect((await person.post('/journey/name', { name: 'Jo' }, csrf)).headers.get('location')).toBe('/journey/contact-ok');
    expect(await storedSessions(server.store)).toBe(1);
    expect(await (await person.get('/journey/contact-ok')).text()).toContain('lang="cy"');

    // A page left open for longer than a session lasts no longer takes answers.
    const { csrf: lateToken } = await csrfOf(await other.get('/journey/age'));
    now = new Date('2026-11-23T10:00:01Z');
    expect((await other.post('/journey/age', { ageGroup: '16to64' }, lateToken)).headers.get('location')).toBe('/journey/age');
    expect(await storedSessions(server.store)).toBe(1);
  });
});

describe('the language link', () => {
  it('only ever points at a page of the journey, whatever path was asked for', async () => {
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'memory', basePath: '/' });
    // Sent as written: fetch would tidy `/./` away before the handler saw it.
    const { request } = await import('node:http');
    const html = await new Promise<string>((resolve, reject) => {
      const asked = request(`${server?.url}/`, { path: '/.//evil.example', method: 'GET' }, (response) => {
        let body = '';
        response
          .setEncoding('utf8')
          .on('data', (chunk: string) => (body += chunk))
          .on('end', () => resolve(body));
      });
      asked.on('error', reject).end();
    });
    const href = /civic-language-toggle"><a class="govuk-link" href="([^"]+)"/.exec(html)?.[1];
    // Never protocol-relative (`//evil.example…`): a path on this service, at most one page id deep.
    expect(href).toMatch(/^\/([A-Za-z][\w-]*)?\?lang=cy$/);
  });
});

describe('the handler’s clock', () => {
  it('is the today of the journey’s date rules', async () => {
    const everyQuestion = JSON.parse(readFileSync(join(import.meta.dirname, '../examples/every-question.json'), 'utf8')) as unknown;
    server = await startJourneyServer(everyQuestion, { script: false, adapter: 'memory', clock: () => new Date('1985-06-01T12:00:00Z') });
    const visitor = new Visitor(server.url);
    const { csrf } = await csrfOf(await visitor.get('/journey/about-you'));
    const page = await visitor.post('/journey/about-you', { 'dob-day': '3', 'dob-month': '11', 'dob-year': '1990' }, csrf);
    // 3 November 1990 is in the future on 1 June 1985.
    expect(await page.text()).toContain('Your date of birth must be in the past');
  });
});

describe('two posts of one session at once', () => {
  it('shows the page as it now stands instead of an error', async () => {
    const { visitor, csrf } = await atFirstPage();
    const replies = await Promise.all(Array.from({ length: 4 }, () => visitor.post('/journey/age', { ageGroup: '16to64' }, csrf)));
    for (const reply of replies) expect(reply.status).toBe(303);
    expect(replies.map((reply) => reply.headers.get('location'))).toContain('/journey/name');
    expect((await visitor.get('/journey/name')).status).toBe(200);
  });
});

describe('save and return through the handler', () => {
  it('gives a link that brings the answers back in a new browser, and a clear page for a tampered or expired link', async () => {
    let now = new Date('2026-11-22T10:00:00Z');
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'memory', clock: () => now });
    const visitor = new Visitor(server.url);
    const { csrf } = await csrfOf(await visitor.get('/journey/age'));
    await visitor.post('/journey/age', { ageGroup: '16to64' }, csrf);
    expect((await visitor.post('/journey/name', { name: 'Half typed', $action: 'save' }, csrf)).headers.get('location')).toBe(
      '/journey/save',
    );
    const savedHtml = await (await visitor.get('/journey/save')).text();
    expect(savedHtml).toContain('Your answers have been saved');
    expect(savedHtml).toContain('20 December 2026');
    expect(server.resumeLinks).toHaveLength(1);
    const link = new URL(server.resumeLinks[0] as string);
    expect(savedHtml).toContain(link.search.replace(/&/g, '&amp;'));

    const elsewhere = new Visitor(server.url);
    // The name typed on the page where they saved was kept too.
    expect((await elsewhere.get(`${link.pathname}${link.search}`)).headers.get('location')).toBe('/journey/contact-ok');
    expect(await (await elsewhere.get('/journey/name')).text()).toContain('value="Half typed"');
    const back = await (await elsewhere.get('/journey/age')).text();
    expect(back).toMatch(/value="16to64"[^>]*checked/);

    // A link for another journey sharing the store and secret opens nothing here.
    const another = createJourneyHandler({
      journey: createJourney({ ...(warmSpace as object), id: 'another-journey' }),
      store: server.store,
      secret: 'a test secret that is at least thirty-two bytes long',
      basePath: '/journey/',
      organisationName: 'Anytown Council',
      secureCookie: false,
      saveAndReturn: true,
      publicUrl: 'http://localhost:3000',
    });
    const { createServer } = await import('node:http');
    const http = createServer((request, response) => void another(request, response));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const stranger = new Visitor(`http://127.0.0.1:${(http.address() as { port: number }).port}`);
      const refused = await stranger.get(`${link.pathname}${link.search}`);
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('This link does not work');
    } finally {
      await new Promise<void>((resolve) => http.close(() => resolve()));
    }

    const tampered = await elsewhere.get(`${link.pathname}${link.search.slice(0, -2)}xx`);
    expect(tampered.status).toBe(400);
    expect(await tampered.text()).toContain('This link does not work');

    now = new Date('2026-12-21T10:00:00Z');
    const expired = await elsewhere.get(`${link.pathname}${link.search}`);
    expect(expired.status).toBe(410);
    const expiredHtml = await expired.text();
    expect(expiredHtml).toContain('This link has expired');
    expect(expiredHtml).toContain('Start again');
  });
});

describe('"Save and come back later" with JavaScript off', () => {
  it('redirects to a page that shows the link kept on the session, the same on every reload, saved once', async () => {
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'memory', clock: () => new Date('2026-11-22T10:00:00Z') });
    const logged = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    const visitor = new Visitor(server.url);
    const { csrf } = await csrfOf(await visitor.get('/journey/age'));
    await visitor.post('/journey/age', { ageGroup: '16to64' }, csrf);
    const posted = await visitor.post('/journey/name', { name: 'Half typed', $action: 'save' }, csrf);
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/journey/save');
    expect(server.resumeLinks).toHaveLength(1);
    const link = server.resumeLinks[0] as string;
    const token = new URL(link).searchParams.get('token') ?? '';
    expect(token).not.toBe('');
    for (const [, value] of posted.headers) expect(value).not.toContain(token);

    const savedPage = async (path: string) => {
      const page = await visitor.get(path);
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      const html = await page.text();
      return { html, links: [...html.matchAll(/href="([^"]*\/resume\?[^"]*)"/g)].map((match) => match[1]) };
    };
    const first = await savedPage('/journey/save');
    expect(first.html).toContain('Your answers have been saved');
    expect(first.html).toContain('20 December 2026');
    expect(first.links).toEqual([link.replace(/&/g, '&amp;')]);
    // A reload shows the same link and saves nothing more.
    expect((await savedPage('/journey/save')).links).toEqual(first.links);
    const welsh = await savedPage('/journey/save?lang=cy');
    expect(welsh.html).toContain('Mae eich atebion wedi cael eu cadw');
    expect(welsh.html).toContain('20 Rhagfyr 2026');
    expect(welsh.html).toMatch(/hreflang="en" lang="en">English</);
    expect(welsh.links).toEqual(first.links);
    expect(server.resumeLinks).toHaveLength(1);
    expect((await server.store.collection(SAVED_JOURNEYS, z.record(z.string(), z.unknown())).list()).items).toHaveLength(1);

    // The link is the session's: anyone else asking for the page is sent to the journey.
    for (const stranger of [new Visitor(server.url), Object.assign(new Visitor(server.url), { cookie: visitor.cookie.slice(0, -2) })]) {
      const page = await stranger.get('/journey/save');
      expect(page.headers.get('location')).toBe('/journey/age');
      expect(await page.text()).not.toContain(token);
    }
    for (const spy of logged) expect(JSON.stringify(spy.mock.calls)).not.toContain(token);

    // Once the answers are sent the session keeps only the reference: the saved page has nothing to show.
    await visitor.post('/journey/check', {}, await answerToCheck(visitor));
    expect((await visitor.get('/journey/save')).status).toBe(303);
    const kept = await server.store.collection(JOURNEY_SESSIONS, z.record(z.string(), z.unknown())).list();
    expect(kept.items.map((record) => Object.keys(record.data).sort())).toEqual([
      ['answers', 'expiresAt', 'journeyId', 'locale', 'submitted'],
    ]);
  });
});

/** Answers the warm-space journey from "contact-ok" to "check" and sends it, each post accepted. */
async function answerTheRest(visitor: Visitor, csrf: string): Promise<void> {
  await answerPages(visitor, csrf, [
    ['contact-ok', { contactOk: 'no' }],
    ['days', { days: 'tue' }],
    ['with-you', {}],
    ['access', { access: 'none' }],
    ['check', {}],
  ]);
}

describe('a resumed journey, once sent', () => {
  it('discards the saved answers behind the link', async () => {
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'memory' });
    const first = new Visitor(server.url);
    const { csrf } = await csrfOf(await first.get('/journey/age'));
    await first.post('/journey/age', { ageGroup: '65plus' }, csrf);
    await first.post('/journey/name', { name: 'Pat Smith', $action: 'save' }, csrf);
    const link = new URL(server.resumeLinks[0] as string);
    const later = new Visitor(server.url);
    expect((await later.get(`${link.pathname}${link.search}`)).headers.get('location')).toBe('/journey/contact-ok');
    const { csrf: token } = await csrfOf(await later.get('/journey/contact-ok'));
    await answerTheRest(later, token);
    const again = await new Visitor(server.url).get(`${link.pathname}${link.search}`);
    expect(again.status).toBe(410);
  });
});

describe('a journey saved, then sent in the same visit', () => {
  it('discards the saved copy, so the emailed link cannot send the answers again', async () => {
    const { server, visitor, csrf } = await atFirstPage();
    await visitor.post('/journey/age', { ageGroup: '65plus' }, csrf);
    expect((await visitor.post('/journey/name', { name: 'Pat Smith', $action: 'save' }, csrf)).status).toBe(303);
    const link = new URL(server.resumeLinks[0] as string);
    expect((await visitor.post('/journey/name', { name: 'Pat Smith' }, csrf)).status).toBe(303);
    await answerTheRest(visitor, csrf);
    expect((await new Visitor(server.url).get(`${link.pathname}${link.search}`)).status).toBe(410);
  });
});

describe('the JSON endpoints <civic-journey> uses', () => {
  it('checks every answer again, needs the session’s token, and sends one record per idempotency key', async () => {
    const { visitor, csrf } = await atFirstPage();
    const answers = { ageGroup: '65plus', name: 'Pat Smith', contactOk: false, days: ['tue'], withYou: [], access: ['none'] };
    expect((await visitor.postJson('/journey/submit', { answers, idempotencyKey: 'key-123456' }, 'forged')).status).toBe(403);
    const invalid = await visitor.postJson(
      '/journey/submit',
      { answers: { ...answers, days: ['someday'] }, idempotencyKey: 'key-123456' },
      csrf,
    );
    expect(invalid.status).toBe(422);
    expect(JSON.stringify(await invalid.json())).toContain('days');
    const malformed = await visitor.postJson('/journey/submit', { answers }, csrf);
    expect(malformed.status).toBe(400);
    const first = await visitor.postJson('/journey/submit', { answers, idempotencyKey: 'key-123456' }, csrf);
    const again = await visitor.postJson('/journey/submit', { answers, idempotencyKey: 'key-123456' }, csrf);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(((await again.json()) as { reference: string }).reference).toBe(((await first.json()) as { reference: string }).reference);
    // The same key with changed answers: the first submission stands, and the reply says so.
    const changed = await visitor.postJson(
      '/journey/submit',
      { answers: { ...answers, name: 'Pat Jones' }, idempotencyKey: 'key-123456' },
      csrf,
    );
    expect(changed.status).toBe(409);
    // Answers of the wrong shape are refused as invalid, never a server error.
    for (const wrong of [
      { ...answers, withYou: 'x' },
      { ...answers, $prefilled: 5 },
      { ...answers, ageGroup: 7 },
    ]) {
      expect((await visitor.postJson('/journey/submit', { answers: wrong, idempotencyKey: 'key-999999' }, csrf)).status).toBe(422);
    }
  });

  it('sends once per session, from two tabs at once with keys of their own, and after the form route sent', async () => {
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'memory' });
    const { SUBMISSIONS } = await import('@civicbricks/registration/store');
    const records = async () => (await server?.store.collection(SUBMISSIONS, z.record(z.string(), z.unknown())).list())?.items.length;
    const answers = { ageGroup: '65plus', name: 'Pat Smith', contactOk: false, days: ['tue', 'thu'], withYou: [], access: ['none'] };
    const reference = async (response: Response) => ((await response.json()) as { reference: string }).reference;

    const tabs = new Visitor(server.url);
    const { csrf } = await csrfOf(await tabs.get('/journey/age'));
    const [first, second] = await Promise.all([
      tabs.postJson('/journey/submit', { answers, idempotencyKey: 'tab-one-key' }, csrf),
      tabs.postJson('/journey/submit', { answers, idempotencyKey: 'tab-two-key' }, csrf),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(await reference(first)).toBe(await reference(second));
    const changed = await tabs.postJson(
      '/journey/submit',
      { answers: { ...answers, name: 'Pat Jones' }, idempotencyKey: 'tab-three-key' },
      csrf,
    );
    expect(changed.status).toBe(409);
    expect(await records()).toBe(1);

    // Sent with JavaScript off, then by a tab that still runs <civic-journey>: the same submission.
    const person = new Visitor(server.url);
    const token = await answerToCheck(person);
    expect((await person.post('/journey/check', {}, token)).headers.get('location')).toBe('/journey/registered');
    const sentPage = await (await person.get('/journey/registered')).text();
    const again = await person.postJson('/journey/submit', { answers, idempotencyKey: 'late-tab-key' }, token);
    expect(again.status).toBe(200);
    expect(sentPage).toContain(await reference(again));
    expect(await records()).toBe(2);
    // Nor can it save the answers for a link that would send them again.
    const save = await person.postJson('/journey/save', { answers: { ageGroup: '65plus' } }, token);
    expect([save.status, ((await save.json()) as { error: { code: string } }).error.code]).toEqual([
      409,
      'registration.handler.already_sent',
    ]);
    expect(server.resumeLinks).toEqual([]);
  });

  it('saves the pages answered so far and returns the link', async () => {
    const { server, visitor, csrf } = await atFirstPage();
    const response = await visitor.postJson('/journey/save', { answers: { ageGroup: '16to64', name: 'Sam' } }, csrf);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { url: string; expiresAt: string };
    expect(body.url).toMatch(/\/journey\/resume\?token=/);
    expect(server.resumeLinks).toEqual([body.url]);
  });
});

describe('what the handler keeps', () => {
  it('keeps only the reference once the answers are sent, and deletes abandoned sessions when asked', async () => {
    let now = new Date('2026-11-22T10:00:00Z');
    const store = await createStore({ adapter: 'memory' });
    const handler = createJourneyHandler({
      journey: createJourney(warmSpace),
      store,
      secret: 'x'.repeat(32),
      basePath: '/journey/',
      organisationName: 'Anytown Council',
      secureCookie: false,
      clock: () => now,
    });
    const { createServer } = await import('node:http');
    const http = createServer((request, response) => void handler(request, response));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const { port } = http.address() as { port: number };
    try {
      const { JOURNEY_SESSIONS } = await import('@civicbricks/registration-elements/server');
      const { z } = await import('zod');
      const sessions = store.collection(JOURNEY_SESSIONS, z.record(z.string(), z.unknown()));
      const sender = new Visitor(`http://127.0.0.1:${port}`);
      const csrf = await answerToCheck(sender);
      await sender.post('/journey/check', {}, csrf);
      const abandoned = new Visitor(`http://127.0.0.1:${port}`);
      const { csrf: other } = await csrfOf(await abandoned.get('/journey/age'));
      await abandoned.post('/journey/age', { ageGroup: '16to64' }, other);
      const stored = (await sessions.list()).items.map((record) => record.data);
      expect(stored).toHaveLength(2);
      expect(stored.find((data) => data.submitted)?.answers).toEqual({});

      expect(await handler.purgeExpiredSessions()).toBe(0);
      now = new Date('2026-11-23T10:00:01Z');
      expect(await handler.purgeExpiredSessions()).toBe(2);
      expect((await sessions.list()).items).toEqual([]);
      expect((await abandoned.get('/journey/name')).headers.get('location')).toBe('/journey/age');
    } finally {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await store.close();
    }
  });
});

describe('createJourneyHandler options', () => {
  const requiredOptions = (store: Store) => ({
    store,
    journey: createJourney(warmSpace),
    secret: 'x'.repeat(32),
    basePath: '/journey/',
    organisationName: 'Anytown Council',
  });

  it('refuses a journey with a page named like one of its own addresses, and a public address that is not one', async () => {
    const store = await createStore({ adapter: 'memory' });
    const definition = JSON.parse(JSON.stringify(warmSpace)) as { pages: { id: string }[]; start: string };
    const renamed = JSON.parse(JSON.stringify(definition).replaceAll('"with-you"', '"submit"')) as unknown;
    const options = { store, secret: 'x'.repeat(32), basePath: '/journey/', organisationName: 'Anytown Council' };
    expect(() => createJourneyHandler({ ...options, journey: createJourney(renamed) })).toThrow(
      /"submit" is one of the handler’s own addresses/,
    );
    expect(() => createJourneyHandler({ ...options, journey: createJourney(warmSpace), publicUrl: 'javascript:alert(1)' })).toThrow(
      /publicUrl/,
    );
    await store.close();
  });

  it('takes stylesheets and scripts from this service, or from https:// addresses its own policy allows', async () => {
    const store = await createStore({ adapter: 'memory' });
    const options = requiredOptions(store);
    for (const url of ['//evil.example/app.js', '/\\evil.example/app.js', 'http://evil.example/app.js', 'javascript:alert(1)'])
      expect(() => createJourneyHandler({ ...options, scripts: [url] }), url).toThrow(/must be a path on this service/);
    expect(() => createJourneyHandler({ ...options, stylesheets: ['https://cdn.example/govuk.css'] })).toThrow(
      expect.objectContaining({ code: 'registration.handler.asset_elsewhere', path: ['options', 'stylesheets'] }),
    );
    const policy = "default-src 'none'; style-src https://cdn.example; frame-ancestors 'none'";
    expect(() =>
      createJourneyHandler({ ...options, stylesheets: ['https://cdn.example/govuk.css'], contentSecurityPolicy: policy }),
    ).not.toThrow();
    expect(() => createJourneyHandler({ ...options, stylesheets: ['/assets/govuk.css'], scripts: ['/assets/journey.js'] })).not.toThrow();
    await store.close();
  });

  it('needs a publicUrl for resume links, https:// unless on localhost, and the origin only', async () => {
    const store = await createStore({ adapter: 'memory' });
    const options = { ...requiredOptions(store), saveAndReturn: true };
    expect(() => createJourneyHandler(options)).toThrow(
      expect.objectContaining({ code: 'registration.handler.public_url_required', path: ['options', 'publicUrl'] }),
    );
    expect(() => createJourneyHandler({ ...options, publicUrl: 'https://forms.anytown.gov.uk/warm-space/' })).toThrow(/origin only/);
    expect(() => createJourneyHandler({ ...options, publicUrl: 'https://user:pw@forms.anytown.gov.uk' })).toThrow(/origin only/);
    for (const publicUrl of ['https://forms.anytown.gov.uk', 'http://localhost:3000', 'http://127.0.0.1:8080'])
      expect(() => createJourneyHandler({ ...options, publicUrl })).not.toThrow();
    await store.close();
  });

  it('refuses a Secure cookie under a plain-HTTP publicUrl that is not this machine, saying what to set', async () => {
    const store = await createStore({ adapter: 'memory' });
    const options = { ...requiredOptions(store), saveAndReturn: true };
    for (const publicUrl of ['http://forms.anytown.gov.uk', 'http://192.168.1.20:3000', 'http://[fe80::1]:3000']) {
      expect(() => createJourneyHandler({ ...options, publicUrl }), publicUrl).toThrow(
        expect.objectContaining({ code: 'registration.handler.secure_cookie_over_http', path: ['options', 'publicUrl'] }),
      );
      expect(() => createJourneyHandler({ ...options, publicUrl }), publicUrl).toThrow(/https:\/\/ publicUrl.*secureCookie: false/);
      // Said out loud for a trusted local network: the cookie then comes back over HTTP.
      expect(() => createJourneyHandler({ ...options, publicUrl, secureCookie: false }), publicUrl).not.toThrow();
    }
    for (const publicUrl of ['https://forms.anytown.gov.uk', 'http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]:3000'])
      expect(() => createJourneyHandler({ ...options, publicUrl }), publicUrl).not.toThrow();
    await store.close();
  });

  it('says once in the log when, with no publicUrl, a page is asked for over plain HTTP where the Secure cookie would be dropped', async () => {
    const store = await createStore({ adapter: 'memory' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { createServer } = await import('node:http');
    const servers: Server[] = [];
    try {
      const origin = async (options: { secureCookie?: boolean } = {}) => {
        const handler = createJourneyHandler({ ...requiredOptions(store), ...options });
        const http = createServer((request, response) => void handler(request, response));
        servers.push(http);
        await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
        return `http://127.0.0.1:${(http.address() as { port: number }).port}`;
      };
      // node:http, not fetch: fetch sends its own Host header whatever it is given.
      const { request } = await import('node:http');
      const get = (url: string, headers: Record<string, string> = {}) =>
        new Promise<void>((resolve, reject) => {
          request(`${url}/journey/age`, { headers }, (response) => response.resume().on('end', resolve))
            .on('error', reject)
            .end();
        });

      const secure = await origin();
      // This machine, and a proxy that says it took HTTPS: nothing to say.
      await get(secure);
      await get(secure, { host: 'forms.anytown.gov.uk', 'x-forwarded-proto': 'https' });
      expect(warn).not.toHaveBeenCalled();
      // A library desk's address over plain HTTP: said once, with what to set, however many pages follow.
      await get(secure, { host: '192.168.1.20:3000' });
      await get(secure, { host: '192.168.1.20:3000' });
      expect(warn).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/plain HTTP at 192\.168\.1\.20.*Secure.*secureCookie: false/);

      warn.mockClear();
      await get(await origin({ secureCookie: false }), { host: '192.168.1.20:3000' });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      for (const http of servers) await new Promise<void>((resolve) => http.close(() => resolve()));
      await store.close();
    }
  });

  it('says plainly when the secret is missing or too short, never what it is', async () => {
    const store = await createStore({ adapter: 'memory' });
    const { secret: _secret, ...options } = requiredOptions(store);
    const failure = (secret: unknown) => {
      try {
        createJourneyHandler({ ...options, secret } as never);
      } catch (error) {
        return error as Error & { code: string; issues: { path: unknown[]; message: string }[] };
      }
      throw new Error('the handler started');
    };
    for (const missing of [undefined, '']) {
      const error = failure(missing);
      expect(error.issues).toEqual([expect.objectContaining({ path: ['options', 'secret'] })]);
      expect(error.message).toMatch(/The secret is missing \(is its environment variable set\?\)/);
      expect(error.message).toMatch(/randomBytes\(32\)/);
      expect(error.message).not.toMatch(/allowed shapes/);
    }
    const short = failure('a-short-secret-value');
    expect(short.message).toMatch(/The secret is 20 bytes long: it must be at least 32 bytes/);
    expect(short.message).not.toContain('a-short-secret-value');
    expect(failure(new Uint8Array(31)).message).toMatch(/31 bytes long/);
    expect(failure(42).message).toMatch(/must be a string or a Uint8Array, not number/);
    expect(() => createJourneyHandler({ ...options, secret: new Uint8Array(32) })).not.toThrow();
    await store.close();
  });

  it('names the option that is wrong', async () => {
    const store = await createStore({ adapter: 'memory' });
    const journey = createJourney(warmSpace);
    expect(() =>
      createJourneyHandler({ journey, store, secret: 'short', basePath: '/journey/', organisationName: 'Anytown Council' }),
    ).toThrow(/at least 32 bytes/);
    expect(() =>
      createJourneyHandler({ journey, store, secret: 'x'.repeat(32), basePath: 'journey', organisationName: 'Anytown Council' }),
    ).toThrow(/basePath must start and end with "\/"/);
    await store.close();
  });
});

/** An add-another question with no `maxItems`, as the attack in issue 12 found it (the post benchmark's journey too). */
const family = JSON.parse(readFileSync(join(import.meta.dirname, '../../../tests/support/family-journey.json'), 'utf8')) as unknown;

const children = (count: number, from = 0) =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [`children[${from + index}].name`, `Child ${from + index}`]));

describe('a hostile post', () => {
  it('of ten thousand add-another items is refused before it is parsed, with a GOV.UK page, and the next post is served', async () => {
    server = await startJourneyServer(family, { script: false, adapter: 'memory' });
    const visitor = new Visitor(server.url);
    const { csrf } = await csrfOf(await visitor.get('/journey/children'));
    const attack = await visitor.post('/journey/children', { ...children(10_000), $action: 'add:children' }, csrf);
    expect(attack.status).toBe(413);
    const html = await attack.text();
    expect(html).toContain('<title>Your answers could not be saved');
    expect(html).toContain('href="/journey/children">Go back to the page</a>');
    // Nothing posted is shown back.
    expect(html).not.toContain('Child 1');
    // Where the question sets no limit the engine's is used: 50 items are taken, 51 are refused the GOV.UK way, and
    // 300 names are more fields than the page's 50 items of a name and a date have.
    expect(await (await visitor.post('/journey/children', children(51), csrf)).text()).toContain('You cannot add more than 50 answers');
    const welsh = await visitor.post('/journey/children?lang=cy', children(300), csrf);
    expect(welsh.status).toBe(413);
    expect(await welsh.text()).toContain('Nid oedd modd cadw eich atebion');
    expect((await visitor.post('/journey/children', children(50), csrf)).headers.get('location')).toBe('/journey/about');
  });

  it('never takes more items than a question’s maxItems', async () => {
    const { visitor, csrf } = await toWithYou();
    const named = (count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, index) => [`withYou[${index}].firstName`, `P${index}`]));
    // Four thousand items for a question of six: more fields than its page has.
    expect((await visitor.post('/journey/with-you', { ...named(4000), $action: 'add:withYou' }, csrf)).status).toBe(413);
    // Seven fit in the fields six items have: the page says how many it takes and shows what was typed.
    const seven = await visitor.post('/journey/with-you', named(7), csrf);
    expect(seven.status).toBe(200);
    const html = await seven.text();
    expect(html).toContain('You cannot add more than 6 answers');
    expect(html).toContain('value="P6"');
    expect(html).not.toContain('Answer 8');
  });

  it('with a field name longer than any page uses, or a body over maxBodyBytes, is refused', async () => {
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'memory', maxBodyBytes: 4096 });
    const visitor = new Visitor(server.url);
    const { csrf } = await csrfOf(await visitor.get('/journey/age'));
    expect((await visitor.post('/journey/age', { ageGroup: '16to64', [`x${'y'.repeat(300)}`]: '1' }, csrf)).status).toBe(413);
    const big = await visitor.post('/journey/age', { ageGroup: '16to64', note: 'x'.repeat(5000) }, csrf);
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('Your answers could not be saved');
    expect((await visitor.post('/journey/age', { ageGroup: '16to64', note: 'x'.repeat(3000) }, csrf)).status).toBe(303);
    // Refused by its declared size on every route, before any other answer (here a redirect to the page on the path).
    expect((await visitor.post('/journey/days', { days: 'mon', note: 'x'.repeat(5000) }, csrf)).status).toBe(413);
  });

  it('to the JSON endpoints gets 413 when too large and 422 when nested deeper or holding more than the journey’s answers can', async () => {
    server = await startJourneyServer(family, { script: false, adapter: 'memory', maxBodyBytes: 64 * 1024 });
    const visitor = new Visitor(server.url);
    const { csrf } = await csrfOf(await visitor.get('/journey/children'));
    const submit = (body: unknown) => visitor.postJson('/journey/submit', body, csrf);
    const code = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;
    const huge = await submit({ answers: { children: [{ name: 'x'.repeat(70 * 1024) }] }, idempotencyKey: 'key-123456' });
    expect([huge.status, huge.headers.get('content-type')]).toEqual([413, 'application/json; charset=utf-8']);
    expect(await code(huge)).toBe('registration.handler.too_large');
    let deep: unknown = 'x';
    for (let level = 0; level < 50; level += 1) deep = [deep];
    const nested = await submit({ answers: { children: deep }, idempotencyKey: 'key-123456' });
    expect([nested.status, await code(nested)]).toEqual([422, 'registration.handler.too_complex']);
    const many = await submit({ answers: { children: Array.from({ length: 5000 }, () => ({})) }, idempotencyKey: 'key-123456' });
    expect([many.status, await code(many)]).toEqual([422, 'registration.handler.too_complex']);
    const longKey = await submit({ answers: { [`k${'e'.repeat(300)}`]: 1 }, idempotencyKey: 'key-123456' });
    expect([longKey.status, await code(longKey)]).toEqual([422, 'registration.handler.too_complex']);
    // Fifty children, the most the question takes, are sent.
    const fifty = Array.from({ length: 50 }, (_, index) => ({ name: `Child ${index}` }));
    expect((await submit({ answers: { children: fifty }, idempotencyKey: 'key-123456' })).status).toBe(201);
  });
});

/** A request sent as written, with headers fetch would not send (such as `Host`). */
async function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (response) => {
      response.resume().on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    sent.on('error', reject).end(options.body);
  });
}

describe('hostile headers', () => {
  it('a chunked body with no Content-Length is cut off at maxBodyBytes as it arrives', async () => {
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'memory', maxBodyBytes: 4096 });
    const visitor = new Visitor(server.url);
    const { csrf } = await csrfOf(await visitor.get('/journey/age'));
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const sent = request(
        `${server?.url}/journey/age`,
        { method: 'POST', headers: { cookie: visitor.cookie, 'content-type': 'application/x-www-form-urlencoded' } },
        (response) => response.resume().on('end', () => resolve(response.statusCode ?? 0)),
      );
      // The server may close before the rest is written: only its answer matters here.
      sent.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
      );
      sent.write(`$csrf=${encodeURIComponent(csrf)}&ageGroup=16to64&note=`);
      for (let chunk = 0; chunk < 8; chunk += 1) sent.write('x'.repeat(1024));
      sent.end();
    });
    expect(status).toBe(413);
    expect((await visitor.post('/journey/age', { ageGroup: '16to64' }, csrf)).headers.get('location')).toBe('/journey/name');
  });

  it('cookies that are garbled, repeated or huge start a new visit, never an error', async () => {
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'memory' });
    const signed = new Visitor(server.url);
    await signed.get('/journey/age');
    for (const cookie of [
      'civic_journey=',
      'civic_journey=....',
      `civic_journey=${'a.'.repeat(2000)}`,
      `civic_journey=${signed.cookie.split('=')[1]}x; civic_journey=${signed.cookie.split('=')[1]}`,
      'civic_journey=%00%0d%0aSet-Cookie: evil=1',
      ';;;=;civic_journey',
    ]) {
      const response = await fetch(`${server.url}/journey/age`, { headers: { cookie } });
      expect(response.status, cookie.slice(0, 40)).toBe(200);
      expect(response.headers.get('set-cookie'), cookie.slice(0, 40)).toMatch(/^civic_journey=[0-9a-f]{32}\./);
      expect(response.headers.get('set-cookie')).not.toContain('evil');
    }
  });
});

describe('safe defaults', () => {
  it('builds resume links from publicUrl, never from the Host header', async () => {
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'memory', publicUrl: 'https://forms.anytown.gov.uk' });
    const visitor = new Visitor(server.url);
    const { csrf } = await csrfOf(await visitor.get('/journey/age'));
    await visitor.post('/journey/age', { ageGroup: '16to64' }, csrf);
    const saved = await rawRequest(`${server.url}/journey/name`, {
      method: 'POST',
      headers: { host: 'evil.example', cookie: visitor.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'Pat', $action: 'save', $csrf: csrf }).toString(),
    });
    expect(saved.status).toBe(303);
    const json = await rawRequest(`${server.url}/journey/save`, {
      method: 'POST',
      headers: { host: 'evil.example', cookie: visitor.cookie, 'content-type': 'application/json', 'x-civic-csrf': csrf },
      body: JSON.stringify({ answers: { ageGroup: '16to64' } }),
    });
    expect(json.status).toBe(201);
    expect(server.resumeLinks).toHaveLength(2);
    for (const link of server.resumeLinks) expect(link).toMatch(/^https:\/\/forms\.anytown\.gov\.uk\/journey\/resume\?token=/);
  });

  it('sends a strict Content Security Policy, no framing and nosniff on every response, unless told otherwise', async () => {
    server = await startJourneyServer(family, { script: false, adapter: 'memory', maxBodyBytes: 4096 });
    const visitor = new Visitor(server.url);
    const page = await visitor.get('/journey/children');
    const { csrf } = await csrfOf(page.clone());
    const responses = {
      page,
      redirect: await visitor.get('/journey/'),
      'not found': await visitor.get('/journey/nope'),
      'too large': await visitor.post('/journey/children', { note: 'x'.repeat(5000) }, csrf),
      json: await visitor.postJson('/journey/submit', { answers: {}, idempotencyKey: 'key-123456' }, 'forged'),
    };
    expect(Object.values(responses).map((response) => response.status)).toEqual([200, 303, 404, 413, 403]);
    for (const [what, response] of Object.entries(responses)) {
      expect(response.headers.get('content-security-policy'), what).toBe(DEFAULT_CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-frame-options'), what).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
    }
    expect(DEFAULT_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(DEFAULT_CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
    expect(DEFAULT_CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    await server.close();

    const policy = "default-src 'self'; frame-ancestors https://www.anytown.gov.uk";
    server = await startJourneyServer(family, {
      script: false,
      adapter: 'memory',
      contentSecurityPolicy: policy,
      frameOptions: 'SAMEORIGIN',
    });
    const chosen = await new Visitor(server.url).get('/journey/children');
    expect([chosen.headers.get('content-security-policy'), chosen.headers.get('x-frame-options')]).toEqual([policy, 'SAMEORIGIN']);
    expect(chosen.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses a visit cookie and token of one journey at another sharing the secret', async () => {
    server = await startJourneyServer(warmSpace, { script: false, adapter: 'memory' });
    const other = await startJourneyServer({ ...(warmSpace as object), id: 'another-journey' }, { script: false, adapter: 'memory' });
    try {
      const visitor = new Visitor(server.url);
      const { csrf } = await csrfOf(await visitor.get('/journey/age'));
      const elsewhere = Object.assign(new Visitor(other.url), { cookie: visitor.cookie });
      // Sent back to the start with a visit of its own, as for a cookie that was never signed.
      const posted = await elsewhere.post('/journey/age', { ageGroup: '16to64' }, csrf);
      expect(posted.headers.get('location')).toBe('/journey/age');
      expect(elsewhere.cookie).not.toBe(visitor.cookie);
      const copied = Object.assign(new Visitor(other.url), { cookie: visitor.cookie });
      expect((await copied.postJson('/journey/save', { answers: { ageGroup: '16to64' } }, csrf)).status).toBe(403);
      expect(await storedSessions(other.store)).toBe(0);
      // At its own journey the same cookie and token are taken.
      expect((await visitor.post('/journey/age', { ageGroup: '16to64' }, csrf)).headers.get('location')).toBe('/journey/name');
    } finally {
      await other.close();
    }
  });
});

describe('hidden characters in an answer', () => {
  it('are refused on the page with the GOV.UK message, the answer kept, never a server error', async () => {
    const { server, visitor, csrf } = await atFirstPage();
    await answerPages(visitor, csrf, [['age', { ageGroup: '16to64' }]]);
    for (const name of ['Pat\u0000Smith', 'Pat\u001b[31mSmith']) {
      const page = await visitor.post('/journey/name', { name }, csrf);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toMatch(/<title>Error: /);
      expect(html).toContain('must not include hidden characters, which copying and pasting can bring: type it again');
      expect(html).toContain('href="#name"');
      expect(html).toContain('value="Pat');
      expect(html).toContain('Smith"');
    }
    expect(await storedSessions(server.store)).toBe(1);
    const answers = { ageGroup: '65plus', name: 'Pat\u0000Smith', contactOk: false, days: ['tue'], withYou: [], access: ['none'] };
    const json = await visitor.postJson('/journey/submit', { answers, idempotencyKey: 'key-123456' }, csrf);
    expect(json.status).toBe(422);
    expect(JSON.stringify(await json.json())).toContain('text.hidden_characters');
    expect((await visitor.post('/journey/name', { name: 'Pat Smith' }, csrf)).headers.get('location')).toBe('/journey/contact-ok');
  });
});
