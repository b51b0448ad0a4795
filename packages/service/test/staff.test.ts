// The staff pages: sign in and out, the register (read, print, CSV), the outbox and its retry, and each role
// seeing only what the manifest gives it.
import { NOTIFICATION_TOPIC } from '@civicbricks/notifications/outbox';
import { SUBMITTED_TOPIC } from '@civicbricks/registration/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hiddenField, register, startTestService, Visitor, type TestService } from './support/service.js';

let running: TestService;
const coordinator = { email: 'coord@anytown-trust.org.uk', password: 'correct horse battery staple' };
const volunteer = { email: 'desk@anytown-trust.org.uk', password: 'a long volunteer passphrase' };

beforeAll(async () => {
  running = await startTestService({ outboxMaxAttempts: 1 });
  await running.service.accounts.add({ ...coordinator, name: 'Cora Ordinator', roles: ['coordinator'] });
  await running.service.accounts.add({ ...volunteer, name: 'Val Unteer', roles: ['volunteer'] });
});
afterAll(() => running?.close());

export async function signIn(visitor: Visitor, who: { email: string; password: string }, returnTo = '/staff/') {
  const form = await visitor.get(`/staff/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return visitor.post('/staff/sign-in', { email: who.email, password: who.password, returnTo, _csrf: hiddenField(form.body, '_csrf') });
}

/** Runs the outbox until it has nothing left to do now: the submission's event, then the messages it queued. */
async function drainOutbox(): Promise<void> {
  for (let round = 0; round < 5; round += 1) if ((await running.service.outboxWorker.runOnce()).claimed === 0) return;
}

describe('signing in', () => {
  it('sends a signed-out person to sign in, and back to the page they asked for afterwards', async () => {
    const visitor = new Visitor(running.app);
    const asked = await visitor.get('/staff/register');
    expect(asked.status).toBe(303);
    expect(asked.location).toBe('/staff/sign-in?returnTo=%2Fstaff%2Fregister');
    const signedIn = await signIn(visitor, coordinator, '/staff/register');
    expect(signedIn.status).toBe(303);
    expect(signedIn.location).toBe('/staff/register');
    const cookie = [signedIn.headers['set-cookie']].flat().find((set) => String(set).startsWith('civic_staff='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/staff\//);
    expect(cookie).not.toMatch(/Secure/);
    expect((await visitor.get('/staff/register')).status).toBe(200);
  });

  it('refuses a wrong password with GOV.UK’s error pattern, and makes no session', async () => {
    const visitor = new Visitor(running.app);
    const reply = await signIn(visitor, { email: coordinator.email, password: 'wrong password entirely' });
    expect(reply.status).toBe(401);
    expect(reply.body).toContain('<title>Error: Sign in');
    expect(reply.body).toContain('Enter a correct email address and password');
    expect(visitor.jar.has('civic_staff')).toBe(false);
  });

  it('signs out everywhere: every other browser of that person is signed out too', async () => {
    const phone = new Visitor(running.app);
    const laptop = new Visitor(running.app);
    await signIn(phone, coordinator);
    await signIn(laptop, coordinator);
    const home = await laptop.get('/staff/');
    const forms = [...home.body.matchAll(/action="([^"]+)"[^>]*><input type="hidden" name="_csrf" value="([^"]+)"/g)];
    const everywhere = forms.find((match) => match[1] === '/staff/sign-out-everywhere');
    expect(everywhere).toBeDefined();
    const out = await laptop.post('/staff/sign-out-everywhere', { _csrf: everywhere![2]! });
    expect(out.location).toBe('/staff/sign-in');
    expect((await phone.get('/staff/')).location).toMatch(/^\/staff\/sign-in/);
    expect((await laptop.get('/staff/')).location).toMatch(/^\/staff\/sign-in/);
  });
});

describe('the register', () => {
  it('lists each registration with the person’s answers escaped, prints them all and exports them as CSV', async () => {
    const hostile = 'Sam <img src=x onerror=alert(1)> "Jones"';
    const reference = await register(new Visitor(running.app), { name: hostile });
    const formula = await register(new Visitor(running.app), { name: '=HYPERLINK("http://evil.example")' });
    const visitor = new Visitor(running.app);
    await signIn(visitor, coordinator);
    const page = await visitor.get('/staff/register');
    expect(page.body).toContain(reference);
    expect(page.body).toContain(formula);
    expect(page.body).not.toContain('<img src=x');
    expect(page.body).toContain('Sam &lt;img src=x onerror=alert(1)&gt; &quot;Jones&quot;');
    const print = await visitor.get('/staff/register/print');
    expect(print.body).toContain('Do you need any of these to use the space?');
    expect(print.body).not.toContain('<img src=x');
    const csv = await visitor.get('/staff/register.csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="warm-space-register.csv"');
    const lines = csv.body.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toMatch(/^Reference,Registered,How old are you\?,What is your name\?/);
    expect(lines.find((line) => line.startsWith(reference))).toContain('"Sam <img src=x onerror=alert(1)> ""Jones"""');
    // A spreadsheet must not run what someone typed as a formula.
    expect(lines.find((line) => line.startsWith(formula))).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const audit = await running.store.audit.list({ limit: 500 });
    expect(audit.some((entry) => entry.action === 'service.register_exported')).toBe(true);
  });

  it('shows one registration, and nothing for an id that is not one', async () => {
    const reference = await register(new Visitor(running.app), { name: 'Pat Smith' });
    const visitor = new Visitor(running.app);
    await signIn(visitor, volunteer);
    const list = await visitor.get('/staff/register');
    const href = new RegExp(`href="(/staff/submissions/sub-[0-9a-f]{64})">${reference}<`).exec(list.body)?.[1];
    expect(href).toBeDefined();
    const one = await visitor.get(href!);
    expect(one.status).toBe(200);
    expect(one.body).toContain('Pat Smith');
    expect((await visitor.get('/staff/submissions/sub-0000')).status).toBe(404);
    expect((await visitor.get(`/staff/submissions/sub-${'0'.repeat(64)}`)).status).toBe(404);
  });

  it('gives each role only what the manifest allows it', async () => {
    const visitor = new Visitor(running.app);
    await signIn(visitor, volunteer);
    expect((await visitor.get('/staff/register')).status).toBe(200);
    expect((await visitor.get('/staff/register')).body).not.toContain('register.csv');
    expect((await visitor.get('/staff/register.csv')).status).toBe(403);
    expect((await visitor.get('/staff/outbox')).status).toBe(403);
  });
});

describe('the outbox', () => {
  it('holds the confirmation text message in the language the person used, with their reference', async () => {
    const reference = await register(new Visitor(running.app), { name: 'Siân Jones', phone: '07700 900 982', lang: 'cy' });
    await drainOutbox();
    const visitor = new Visitor(running.app);
    await signIn(visitor, coordinator);
    const page = await visitor.get('/staff/outbox');
    expect(page.body).toContain('+447700900982');
    expect(page.body).toContain(`Eich cyfeirnod yw ${reference}.`);
    expect(page.body).toContain('delivered');
  });

  it('lists a message given up on, and puts it back in the queue when staff try again', async () => {
    // An event its handler cannot read fails every attempt: with one attempt allowed, it is given up at once.
    const { message } = await running.store.outbox.enqueue({
      topic: SUBMITTED_TOPIC,
      payload: { broken: true },
      idempotencyKey: 'broken-event',
    });
    await drainOutbox();
    expect((await running.store.outbox.get(message.id))?.status).toBe('dead');
    const visitor = new Visitor(running.app);
    await signIn(visitor, coordinator);
    const page = await visitor.get('/staff/outbox');
    const retry = new RegExp(`action="(/staff/outbox/${message.id}/retry)"[^>]*><input type="hidden" name="_csrf" value="([^"]+)"`).exec(
      page.body,
    );
    expect(retry).not.toBeNull();
    const reply = await visitor.post(retry![1]!, { _csrf: retry![2]! });
    expect(reply.location).toBe('/staff/outbox');
    expect((await running.store.outbox.get(message.id))?.status).toBe('pending');
  });

  it('refuses a retry from a role without outbox.retry, even with a good anti-forgery token, and leaves the message given up', async () => {
    const { message } = await running.store.outbox.enqueue({
      topic: SUBMITTED_TOPIC,
      payload: { broken: 2 },
      idempotencyKey: 'broken-again',
    });
    await drainOutbox();
    expect((await running.store.outbox.get(message.id))?.status).toBe('dead');
    const visitor = new Visitor(running.app);
    await signIn(visitor, volunteer);
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await visitor.get('/staff/')).body)?.[1];
    expect(csrf).toBeDefined();
    const reply = await visitor.post(`/staff/outbox/${message.id}/retry`, { _csrf: csrf! });
    expect(reply.status).toBe(403);
    expect((await running.store.outbox.get(message.id))?.status).toBe('dead');
    expect(
      (await running.store.audit.list({ limit: 500 })).some(
        (entry) => entry.action === 'service.outbox_retried' && entry.metadata?.messageId === message.id,
      ),
    ).toBe(false);
  });

  it('lists a notification that can never be sent, with the reason', async () => {
    await running.store.outbox.enqueue({ topic: NOTIFICATION_TOPIC, payload: { v: 999 }, idempotencyKey: 'unreadable-notification' });
    await drainOutbox();
    const visitor = new Visitor(running.app);
    await signIn(visitor, coordinator);
    const page = await visitor.get('/staff/outbox');
    expect(page.body).toContain('Could not be sent (trying again will not help)');
    expect(page.body).toContain('notifications.delivery.bad_payload');
  });
});
