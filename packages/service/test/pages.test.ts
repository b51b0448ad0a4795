// The citizen pages of the warm-space service, English and Welsh, and the operations endpoints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register, startTestService, Visitor, type TestService } from './support/service.js';

let running: TestService;
beforeAll(async () => {
  running = await startTestService();
});
afterAll(() => running?.close());

describe('citizen pages', () => {
  it('the start page says what the service is and starts the journey, in English and Welsh', async () => {
    const visitor = new Visitor(running.app);
    const en = await visitor.get('/');
    expect(en.status).toBe(200);
    expect(en.body).toContain('<html lang="en"');
    expect(en.body).toContain('Register for a warm space at the library');
    expect(en.body).toMatch(/href="\/register\/"[^>]*>[\s\S]*?Start now/);
    expect(en.body).toContain('warmspace@anytown-trust.org.uk');
    expect(en.body).toContain('href="/?lang=cy"');
    const cy = await visitor.get('/?lang=cy');
    expect(cy.body).toContain('<html lang="cy"');
    expect(cy.body).toContain('Cofrestru ar gyfer lle cynnes yn y llyfrgell');
    expect(cy.body).toMatch(/href="\/register\/\?lang=cy"[^>]*>[\s\S]*?Dechrau nawr/);
    expect(cy.body).toContain('href="/accessibility?lang=cy"');
  });

  it.each([
    ['/cookies', 'Cookies', 'Cwcis', 'civic_journey'],
    [
      '/accessibility',
      'Accessibility statement for Register for a warm space at the library',
      'Datganiad hygyrchedd ar gyfer Cofrestru ar gyfer lle cynnes yn y llyfrgell',
      'fully compliant',
    ],
    ['/privacy', 'Privacy notice', 'Hysbysiad preifatrwydd', 'Anytown Community Trust is the data controller'],
  ])('%s in English and Welsh', async (path, english, welsh, detail) => {
    const visitor = new Visitor(running.app);
    const en = await visitor.get(path);
    expect(en.status).toBe(200);
    expect(en.body).toContain(`<h1 class="govuk-heading-l">${english}</h1>`);
    expect(en.body).toContain(detail);
    const cy = await visitor.get(`${path}?lang=cy`);
    expect(cy.body).toContain(`<h1 class="govuk-heading-l">${welsh.replace(/’/g, '’')}</h1>`);
  });

  it('the privacy notice gives the retention from the manifest', async () => {
    const page = await new Visitor(running.app).get('/privacy');
    expect(page.body).toContain('We keep your answers for 120 days after you send them');
  });

  it('an unknown address gets GOV.UK’s page not found, in the language asked for', async () => {
    const visitor = new Visitor(running.app);
    const en = await visitor.get('/nowhere');
    expect(en.status).toBe(404);
    expect(en.body).toContain('Page not found');
    const cy = await visitor.get('/nowhere?lang=cy');
    expect(cy.status).toBe(404);
    expect(cy.body).toContain('Heb ddod o hyd i’r dudalen');
    expect(en.body).toContain('href="/nowhere?lang=cy"');
  });

  it('never turns a crafted address into a link elsewhere on its error page', async () => {
    const reply = await new Visitor(running.app).get('//evil.example/x');
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('evil.example');
    expect(reply.body).toContain('href="/?lang=cy"');
  });

  it('every page carries the strict policy and no inline script or style', async () => {
    for (const path of ['/', '/cookies', '/register/age', '/staff/sign-in', '/nowhere']) {
      const reply = await new Visitor(running.app).get(path);
      const policy = String(reply.headers['content-security-policy']);
      expect(policy, path).toContain("script-src 'self'");
      expect(policy, path).toContain("require-trusted-types-for 'script'");
      expect(policy, path).not.toContain('unsafe-inline');
      expect(reply.body, path).not.toMatch(/<script(?![^>]*(type="module" src=|type="application\/json"))/);
      expect(reply.body, path).not.toMatch(/\sstyle="/);
      expect(reply.headers['x-frame-options'], path).toBe('DENY');
    }
  });

  it('the brand colour comes from the manifest, with readable text on it', async () => {
    const reply = await new Visitor(running.app).get('/assets/brand.css');
    expect(reply.body).toContain('--civic-brand-colour: #0b0c0c;');
    expect(reply.body).toContain('--civic-brand-text-colour: #ffffff;');
  });
});

describe('the journey', () => {
  it('runs through registration-elements’ handler to a confirmation with the reference, and stores one submission', async () => {
    const visitor = new Visitor(running.app);
    const reference = await register(visitor, { name: 'Sam Jones' });
    expect(reference).toMatch(/^[A-Z0-9-]+$/);
    const { SUBMISSIONS } = await import('@civicbricks/registration/store');
    const { z } = await import('zod');
    const stored = await running.store.collection(SUBMISSIONS, z.object({ reference: z.string() }).loose()).list();
    expect(stored.items.map((item) => item.data.reference)).toContain(reference);
  });

  it('starts in Welsh from the Welsh start page', async () => {
    const visitor = new Visitor(running.app);
    const page = await visitor.get('/register/age?lang=cy');
    expect(page.body).toContain('<html lang="cy"');
    expect(page.body).toContain('Faint yw eich oed?');
  });
});

describe('operations', () => {
  it('/healthz and /readyz answer', async () => {
    const visitor = new Visitor(running.app);
    expect(JSON.parse((await visitor.get('/healthz')).body)).toEqual({ status: 'ok' });
    expect(JSON.parse((await visitor.get('/readyz')).body)).toEqual({ status: 'ready' });
  });
});
