// Attacks against the running service, each refused with a plain page and nothing stored: forged and replayed
// forms, planted and altered cookies, redirects elsewhere, oversized and malformed bodies, guessing passwords,
// and a configuration that would leave staff unable to sign in.
import { ValidationError } from '@civicbricks/core/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createStore } from '@civicbricks/storage';
import { createAccounts, SESSION_IDLE_MS, SESSION_MAX_MS, STAFF_SESSIONS } from '../src/runtime/accounts.js';
import { checkPublicUrl } from '../src/runtime/server.js';
import { csvCell } from '../src/runtime/register.js';
import { safeReturnTo, SIGN_INS_PER_ADDRESS } from '../src/runtime/staff.js';
import { hiddenField, startTestService, Visitor, type TestService } from './support/service.js';

let running: TestService;
const staff = { email: 'coord@anytown-trust.org.uk', password: 'correct horse battery staple' };

beforeAll(async () => {
  running = await startTestService();
  await running.service.accounts.add({ ...staff, name: 'Cora', roles: ['coordinator'] });
});
afterAll(() => running?.close());

let accounts = 0;
/** A new account for each sign-in, so the sign-in rate limit (per address and account) is only met where it is tested. */
async function freshStaff(): Promise<{ email: string; password: string }> {
  accounts += 1;
  const who = { email: `staff${accounts}@anytown-trust.org.uk`, password: staff.password };
  await running.service.accounts.add({ ...who, name: `Staff ${accounts}`, roles: ['coordinator'] });
  return who;
}

const storedSessions = async () => (await running.store.collection(STAFF_SESSIONS, z.unknown()).list({ limit: 500 })).items.length;

async function signInForm(visitor: Visitor) {
  return hiddenField((await visitor.get('/staff/sign-in')).body, '_csrf');
}

function expectPlainRefusal(reply: { status: number; body: string }, status: number, words: string) {
  expect(reply.status).toBe(status);
  expect(reply.body).toContain(words);
  // No stack trace, error name or internal code reaches the person.
  expect(reply.body).not.toMatch(/\n\s+at |Error:|FST_|ECONN|node_modules/);
}

describe('forged forms', () => {
  it('refuses a form with no anti-forgery token, and stores no session', async () => {
    const before = await storedSessions();
    const visitor = new Visitor(running.app);
    await signInForm(visitor);
    const reply = await visitor.post('/staff/sign-in', { email: staff.email, password: staff.password });
    expectPlainRefusal(reply, 403, 'Sorry, we could not accept that form');
    expect(await storedSessions()).toBe(before);
  });

  it('refuses a wrong token, and a token taken from another browser', async () => {
    const before = await storedSessions();
    const attacker = new Visitor(running.app);
    const stolen = await signInForm(attacker);
    const victim = new Visitor(running.app);
    await signInForm(victim);
    expectPlainRefusal(await victim.post('/staff/sign-in', { ...staff, _csrf: 'not-a-token' }), 403, 'could not accept that form');
    expectPlainRefusal(await victim.post('/staff/sign-in', { ...staff, _csrf: stolen }), 403, 'could not accept that form');
    expect(await storedSessions()).toBe(before);
  });

  it('refuses a form whose anti-forgery cookie was altered', async () => {
    const visitor = new Visitor(running.app);
    const token = await signInForm(visitor);
    const cookie = visitor.jar.get('civic_csrf') as string;
    visitor.jar.set('civic_csrf', `${cookie.slice(0, -2)}${cookie.endsWith('A') ? 'BB' : 'AA'}`);
    expectPlainRefusal(await visitor.post('/staff/sign-in', { ...staff, _csrf: token }), 403, 'could not accept that form');
  });

  it('refuses, once signed in, a token made before signing in', async () => {
    const visitor = new Visitor(running.app);
    const beforeSignIn = await signInForm(visitor);
    await visitor.post('/staff/sign-in', { ...(await freshStaff()), _csrf: beforeSignIn });
    expectPlainRefusal(await visitor.post('/staff/sign-out-everywhere', { _csrf: beforeSignIn }), 403, 'could not accept that form');
    expect((await visitor.get('/staff/')).status).toBe(200);
  });

  it('refuses an anti-forgery cookie and token tossed into a signed-in browser (a sibling subdomain can set them)', async () => {
    const victim = new Visitor(running.app);
    await victim.post('/staff/sign-in', { ...(await freshStaff()), _csrf: await signInForm(victim) });
    const attacker = new Visitor(running.app);
    const token = await signInForm(attacker);
    victim.jar.set('civic_csrf', attacker.jar.get('civic_csrf') as string);
    expectPlainRefusal(await victim.post('/staff/sign-out-everywhere', { _csrf: token }), 403, 'could not accept that form');
    expect((await victim.get('/staff/')).status).toBe(200);
  });

  it('refuses a journey post without the journey’s own token', async () => {
    const visitor = new Visitor(running.app);
    await visitor.get('/register/age');
    const reply = await visitor.post('/register/age', { ageGroup: '16to64' });
    expect(reply.status).toBe(403);
  });
});

describe('sessions', () => {
  it('an altered staff cookie signs nobody in', async () => {
    const visitor = new Visitor(running.app);
    const form = await signInForm(visitor);
    await visitor.post('/staff/sign-in', { ...(await freshStaff()), _csrf: form });
    const token = visitor.jar.get('civic_staff') as string;
    visitor.jar.set('civic_staff', `${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`);
    expect((await visitor.get('/staff/register')).location).toMatch(/^\/staff\/sign-in/);
  });

  it('a cookie planted before sign-in is never the signed-in session, and a planted live session is ended', async () => {
    // The attacker signs in and plants their own session cookie in the victim's browser.
    const attacker = new Visitor(running.app);
    const victimAccount = await freshStaff();
    await attacker.post('/staff/sign-in', { ...(await freshStaff()), _csrf: await signInForm(attacker) });
    const planted = attacker.jar.get('civic_staff') as string;
    const victim = new Visitor(running.app);
    victim.jar.set('civic_staff', planted);
    await victim.post('/staff/sign-in', { ...victimAccount, _csrf: await signInForm(victim) });
    const issued = victim.jar.get('civic_staff');
    expect(issued).toBeDefined();
    expect(issued).not.toBe(planted);
    expect((await attacker.get('/staff/register')).location).toMatch(/^\/staff\/sign-in/);
    expect((await victim.get('/staff/register')).status).toBe(200);
  });

  it('ends a session twelve hours after sign-in however often it is used, and one left unused for eight', async () => {
    let now = Date.parse('2026-12-08T08:00:00Z');
    const store = await createStore({ adapter: 'memory' });
    try {
      const accounts = createAccounts(store, { clock: () => new Date(now), roles: ['coordinator'] });
      const user = await accounts.add({ ...staff, name: 'Cora', roles: ['coordinator'] });
      const busy = await accounts.startSession(user);
      const idle = await accounts.startSession(user);
      for (let hour = 1; hour < SESSION_MAX_MS / 3_600_000; hour += 1) {
        now += 3_600_000;
        expect(await accounts.resume(busy)).toBeDefined();
        // Looked at only once, so nothing keeps it alive.
        if (hour === SESSION_IDLE_MS / 3_600_000) expect(await accounts.resume(idle)).toBeUndefined();
      }
      now += 3_600_000;
      expect(await accounts.resume(busy)).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('signing out ends the session on the server, not only the cookie', async () => {
    const visitor = new Visitor(running.app);
    await visitor.post('/staff/sign-in', { ...(await freshStaff()), _csrf: await signInForm(visitor) });
    const token = visitor.jar.get('civic_staff') as string;
    const home = await visitor.get('/staff/');
    const csrf = /action="\/staff\/sign-out"[^>]*><input type="hidden" name="_csrf" value="([^"]+)"/.exec(home.body)?.[1];
    await visitor.post('/staff/sign-out', { _csrf: csrf as string });
    const replay = new Visitor(running.app);
    replay.jar.set('civic_staff', token);
    expect((await replay.get('/staff/')).location).toMatch(/^\/staff\/sign-in/);
  });
});

describe('hostile strings shown back', () => {
  it('escapes an email address typed into the sign-in form when it is shown again', async () => {
    const visitor = new Visitor(running.app);
    const email = '"><script>alert(1)</script>@x';
    const reply = await visitor.post('/staff/sign-in', { email, password: 'not the password', _csrf: await signInForm(visitor) });
    expect(reply.status).toBe(401);
    expect(reply.body).not.toContain('<script>alert(1)');
    expect(reply.body).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;@x');
  });
});

describe('redirects', () => {
  it.each([
    '//evil.example/',
    'https://evil.example/',
    '/\\evil.example',
    '/staff/../../evil',
    'javascript:alert(1)',
    '/staff//evil.example',
  ])('after signing in, never goes to %s', async (returnTo) => {
    expect(safeReturnTo(returnTo)).toBe('/staff/');
    const visitor = new Visitor(running.app);
    const reply = await visitor.post('/staff/sign-in', { ...staff, returnTo, _csrf: await signInForm(visitor) });
    expect(reply.status).toBe(303);
    expect(reply.location).toBe('/staff/');
  });

  it('keeps a return path on the staff pages', () => {
    expect(safeReturnTo('/staff/register?cursor=abc')).toBe('/staff/register?cursor=abc');
  });
});

describe('bodies', () => {
  it('answers a register cursor altered in the address with 400 and a plain page, not a failure of the service', async () => {
    const visitor = new Visitor(running.app);
    await visitor.post('/staff/sign-in', { ...(await freshStaff()), _csrf: await signInForm(visitor) });
    for (const cursor of ['garbage', btoa('c1:not-a-number'), '%00'])
      expectPlainRefusal(await visitor.get(`/staff/register?cursor=${encodeURIComponent(cursor)}`), 400, 'Sorry, there is a problem');
  });

  it('refuses an oversized form with 413 and a plain page', async () => {
    const visitor = new Visitor(running.app);
    const reply = await visitor.post('/staff/sign-in', { email: 'x'.repeat(100 * 1024), password: 'y', _csrf: await signInForm(visitor) });
    expectPlainRefusal(reply, 413, 'Sorry, what you sent was too large');
  });

  it('refuses an oversized journey post with 413', async () => {
    const visitor = new Visitor(running.app);
    const csrf = hiddenField((await visitor.get('/register/age')).body, '$csrf');
    const reply = await visitor.post('/register/age', { ageGroup: 'x'.repeat(300 * 1024), $csrf: csrf });
    expect(reply.status).toBe(413);
    expect(reply.body).not.toMatch(/\n\s+at /);
  });

  it('answers malformed JSON and unknown media types with a plain page', async () => {
    const visitor = new Visitor(running.app);
    await signInForm(visitor);
    const json = await visitor.send('POST', '/staff/sign-in', '{"email": ', { 'content-type': 'application/json' });
    expectPlainRefusal(json, 400, 'Sorry, there is a problem with the service');
    const xml = await visitor.send('POST', '/staff/sign-in', '<a/>', { 'content-type': 'application/xml' });
    expectPlainRefusal(xml, 415, 'Sorry, there is a problem with the service');
  });
});

describe('guessing passwords', () => {
  it('stops after ten tries for one account from one address', async () => {
    const visitor = new Visitor(running.app);
    const csrf = await signInForm(visitor);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1)
      statuses.push(
        (await visitor.post('/staff/sign-in', { email: 'someone@anytown-trust.org.uk', password: `guess ${attempt} guess`, _csrf: csrf }))
          .status,
      );
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    const blocked = await visitor.post('/staff/sign-in', { email: 'someone@anytown-trust.org.uk', password: 'another guess', _csrf: csrf });
    expectPlainRefusal(blocked, 429, 'Sorry, there have been too many attempts');
  });

  it(`stops after ${SIGN_INS_PER_ADDRESS} tries from one address, whichever accounts they name, and only for that address`, async () => {
    const sprayer = new Visitor(running.app, '192.0.2.10');
    const csrf = await signInForm(sprayer);
    for (let attempt = 0; attempt < SIGN_INS_PER_ADDRESS; attempt += 1)
      // A wrong token keeps each try cheap here (no password hashing); the limit counts it all the same.
      expect(
        (
          await sprayer.post('/staff/sign-in', {
            email: `person${attempt}@anytown-trust.org.uk`,
            password: 'guess guess guess',
            _csrf: 'x',
          })
        ).status,
      ).toBe(403);
    const account = await freshStaff();
    expectPlainRefusal(await sprayer.post('/staff/sign-in', { ...account, _csrf: csrf }), 429, 'Sorry, there have been too many attempts');
    const neighbour = new Visitor(running.app, '192.0.2.11');
    expect((await neighbour.post('/staff/sign-in', { ...account, _csrf: await signInForm(neighbour) })).status).toBe(303);
  });
});

describe('spreadsheet cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 7700', "'+44 7700"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['plain, with comma', '"plain, with comma"'],
    ['say "hi"', '"say ""hi"""'],
    // Two cells where the list separator is a semicolon, unless quoted: then it stays one cell of text.
    ['Sam;=SUM(A1:A9)', '"Sam;=SUM(A1:A9)"'],
  ])('%s becomes %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('secure cookies and https', () => {
  it('refuses at start-up an http:// address on another computer, saying what to do', () => {
    expect(() => checkPublicUrl('http://warmspace.anytown.org.uk')).toThrow(ValidationError);
    expect(() => checkPublicUrl('http://warmspace.anytown.org.uk')).toThrow(
      /http:\/\/ on a computer other than this one.*set publicUrl to https:\/\/warmspace\.anytown\.org\.uk/,
    );
    expect(checkPublicUrl('http://localhost:3000').host).toBe('localhost:3000');
  });

  it('over https: Secure cookies and HSTS', async () => {
    const secure = await startTestService({ publicUrl: 'https://warmspace.anytown.org.uk' });
    try {
      await secure.service.accounts.add({ ...staff, name: 'Cora', roles: ['coordinator'] });
      const visitor = new Visitor(secure.app);
      const form = await visitor.get('/staff/sign-in');
      expect(String(form.headers['strict-transport-security'])).toContain('max-age=31536000');
      const reply = await visitor.post('/staff/sign-in', { ...staff, _csrf: hiddenField(form.body, '_csrf') });
      const cookies = [reply.headers['set-cookie']].flat().map(String);
      expect(cookies.find((c) => c.startsWith('civic_staff='))).toMatch(/; Secure/);
      // The browser keeps it as long as the server may: twelve hours at most.
      expect(cookies.find((c) => c.startsWith('civic_staff='))).toMatch(/Max-Age=43200;/);
      expect(
        [form.headers['set-cookie']]
          .flat()
          .map(String)
          .find((c) => c.startsWith('civic_csrf=')),
      ).toMatch(/; Secure/);
    } finally {
      await secure.close();
    }
  });
});
