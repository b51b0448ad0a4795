// The manifest: its shape, each brick's own checks reported with manifest paths, and the checks that span two
// bricks, each with the path a person must look at and words that say what to do.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationError } from '@civicbricks/core/errors';
import { describe, expect, it } from 'vitest';
import { checkManifest, loadManifest } from '../src/manifest/load.js';
import { exampleDir, warmSpaceManifest } from './support/manifests.js';

const baseDir = exampleDir;

function issuesOf(json: unknown): { code: string; path: (string | number)[]; message: string }[] {
  try {
    checkManifest(json, { baseDir });
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map((issue) => ({ ...issue, path: [...issue.path] }));
  }
  throw new Error('The manifest was accepted');
}

function caseTypeJson(actions: Record<string, unknown>) {
  return {
    id: 'vetting',
    version: 1,
    title: 'Vetting a cook',
    workflow: {
      id: 'vetting',
      version: 1,
      initial: 'submitted',
      states: {
        submitted: { on: { approve: { target: 'approved' }, reject: { target: 'rejected' } } },
        approved: { type: 'final' },
        rejected: { type: 'final' },
      },
    },
    roles: { coordinator: { label: 'Coordinator' }, auditor: { label: 'Auditor' } },
    fields: {},
    actions,
    operations: {},
    flags: [],
    fieldAccess: {},
  };
}

describe('the warm-space example', () => {
  it('loads from its folder, its journey read from the file beside it', () => {
    const service = loadManifest(join(exampleDir, 'manifest.json'));
    expect(service.journeys.map((j) => [j.id, j.path, j.journey.definition.id])).toEqual([['register', 'register', 'warm-space']]);
    expect([...service.templates.keys()]).toEqual(['registered-sms', 'registered-email']);
    expect(service.caseType).toBeUndefined();
    expect(service.manifest.retention.sessionHours).toBe(24);
  });
});

describe('the manifest’s own shape', () => {
  it('names the field and what to write there', () => {
    const manifest = warmSpaceManifest();
    (manifest.branding as Record<string, unknown>).colour = 'blue';
    expect(issuesOf(manifest)).toContainEqual({
      code: 'service.manifest.invalid_format',
      path: ['branding', 'colour'],
      message: 'branding.colour: A colour is # and six hex digits, such as #1d70b8',
    });
  });

  it('refuses a manifest that does not offer English', () => {
    const manifest = { ...warmSpaceManifest(), languages: ['cy'] };
    expect(issuesOf(manifest).map((i) => [i.path, i.message])).toContainEqual([
      ['languages'],
      'languages: English is always offered: list "en"',
    ]);
  });

  it('says the file is not JSON, and where to look', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civic-manifest-'));
    writeFileSync(join(dir, 'manifest.json'), '{ "id": "x", }');
    expect(() => loadManifest(join(dir, 'manifest.json'))).toThrow(/manifest\.json is not valid JSON .*missing comma/);
    expect(() => loadManifest(join(dir, 'nothing.json'))).toThrow(/there is no such file.*civicbricks new warm-space/);
  });

  it('reports a missing journey file at its path', () => {
    const manifest = warmSpaceManifest();
    manifest.journeys[0]!.definition = { file: 'nowhere.json' };
    expect(issuesOf(manifest)).toContainEqual({
      code: 'service.manifest.missing_file',
      path: ['journeys', 0, 'definition', 'file'],
      message: 'There is no file nowhere.json beside the manifest: check its name',
    });
  });

  it('reports the journey brick’s own problems under the journey’s path', () => {
    const manifest = warmSpaceManifest();
    manifest.journeys[0]!.definition.start = 'nowhere';
    const issues = issuesOf(manifest);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.path.slice(0, 3).join('/') === 'journeys/0/definition')).toBe(true);
  });
});

describe('checks across bricks', () => {
  it('a template placeholder no journey answer supplies', () => {
    const manifest = warmSpaceManifest();
    const templates = (manifest.notifications as { templates: { variants: { en: { body: string } } }[] }).templates;
    templates[0]!.variants.en.body = 'See you on ((visitDay)), ((reference)).';
    expect(issuesOf(manifest)).toEqual([
      {
        code: 'service.manifest.unfilled_placeholder',
        path: ['notifications', 'templates', 0, 'variants', 'en', 'body'],
        message:
          'The template "registered-sms" uses ((visitDay)), but no answer of the journey "register" supplies it (rule 1 in `notifications.send`): name a question "visitDay", map it in that rule\'s `personalisation`, or use one of ((reference)), ((service name)), ((organisation name))',
      },
    ]);
  });

  it('a placeholder mapped to a question in the rule is supplied; mapped to no question, it is reported', () => {
    const manifest = warmSpaceManifest();
    const notifications = manifest.notifications as {
      templates: { variants: { en: { body: string }; cy: { body: string } } }[];
      send: { personalisation?: Record<string, string> }[];
    };
    notifications.templates[0]!.variants.en.body = 'Days: ((visitDays)) ((reference))';
    notifications.templates[0]!.variants.cy.body = 'Dyddiau: ((visitDays)) ((reference))';
    notifications.send[0]!.personalisation = { visitDays: 'days' };
    expect(() => checkManifest(manifest, { baseDir })).not.toThrow();
    notifications.send[0]!.personalisation = { visitDays: 'weekdays' };
    expect(issuesOf(manifest)).toContainEqual({
      code: 'service.manifest.unknown_question',
      path: ['notifications', 'send', 0, 'personalisation', 'visitDays'],
      message: 'The journey "register" has no question "weekdays" to fill ((visitDays)) from',
    });
  });

  it('a text message sent to an answer that is not a phone number', () => {
    const manifest = warmSpaceManifest();
    (manifest.notifications as { send: { to: string }[] }).send[0]!.to = 'email';
    expect(issuesOf(manifest)).toContainEqual({
      code: 'service.manifest.wrong_recipient',
      path: ['notifications', 'send', 0, 'to'],
      message:
        'The question "email" asks for an email address, but the template "registered-sms" is a text message: it needs a phone question',
    });
  });

  it('a workflow event no role may take', () => {
    const manifest = {
      ...warmSpaceManifest(),
      caseType: caseTypeJson({
        approve: { label: 'Approve', allowed: { submitted: ['coordinator'] } },
        reject: { label: 'Reject', allowed: { submitted: ['auditor'] } },
      }),
    };
    expect(issuesOf(manifest)).toEqual([
      {
        code: 'service.manifest.event_no_role',
        path: ['caseType', 'actions', 'reject'],
        message:
          'The workflow event "reject" is only allowed to auditor, and none of them is a role in `staff.roles`: add the role there, or grant the event to one that is',
      },
    ]);
  });

  it('a workflow event with no action at all', () => {
    const manifest = {
      ...warmSpaceManifest(),
      caseType: caseTypeJson({ approve: { label: 'Approve', allowed: { submitted: ['coordinator'] } } }),
    };
    expect(issuesOf(manifest)).toContainEqual({
      code: 'service.manifest.event_no_role',
      path: ['caseType', 'actions', 'reject'],
      message: 'No role may take the workflow event "reject", so cases would stop there: grant it to a role in the case type\'s `actions`',
    });
  });

  it('a message on a workflow event the case type does not have, or with no case type', () => {
    const manifest = warmSpaceManifest();
    (manifest.notifications as { send: { on: string }[] }).send[0]!.on = 'workflow:approve';
    expect(issuesOf(manifest)).toContainEqual({
      code: 'service.manifest.no_case_type',
      path: ['notifications', 'send', 0, 'on'],
      message: '"workflow:approve" needs a case type, and this service has none: send on "submitted" instead',
    });
  });

  it('a payment step without a fee', () => {
    const manifest = { ...warmSpaceManifest(), payments: [{ journey: 'register', fee: 'room-hire', afterPage: 'check' }] };
    expect(issuesOf(manifest)).toEqual([
      {
        code: 'service.manifest.payment_without_fee',
        path: ['payments', 0, 'fee'],
        message: 'This payment step charges the fee "room-hire", but the service has no `fees`: add a fee schedule with that id',
      },
    ]);
  });

  it('a payment step whose fee schedule exists passes; one after a page the journey lacks does not', () => {
    const fees = [{ id: 'room-hire', version: 1, items: [{ id: 'hour', description: { en: 'One hour', cy: 'Un awr' }, amount: 1500 }] }];
    expect(() =>
      checkManifest(
        { ...warmSpaceManifest(), fees, payments: [{ journey: 'register', fee: 'room-hire', afterPage: 'check' }] },
        { baseDir },
      ),
    ).not.toThrow();
    expect(issuesOf({ ...warmSpaceManifest(), fees, payments: [{ journey: 'register', fee: 'room-hire', afterPage: 'pay' }] })).toEqual([
      { code: 'service.manifest.unknown_page', path: ['payments', 0, 'afterPage'], message: 'The journey "register" has no page "pay"' },
    ]);
  });

  it('a Welsh string missing where the service offers Welsh: in the manifest, a journey and a template', () => {
    const manifest = warmSpaceManifest();
    delete (manifest.name as Record<string, unknown>).cy;
    const pages = manifest.journeys[0]!.definition.pages as { questions?: { label: Record<string, string> }[] }[];
    delete pages[0]!.questions![0]!.label.cy;
    delete (manifest.notifications as { templates: { variants: Record<string, unknown> }[] }).templates[1]!.variants.cy;
    expect(issuesOf(manifest)).toEqual([
      {
        code: 'service.manifest.welsh_missing',
        path: ['name', 'cy'],
        message: '`name` has no Welsh: the service offers Welsh, so add "cy" beside "en"',
      },
      {
        code: 'service.manifest.welsh_missing',
        path: ['journeys', 0, 'definition', 'pages', 0, 'questions', 0, 'label', 'cy'],
        message: 'The journey "register" at pages[0].questions[0].label has no Welsh: the service offers Welsh, so add "cy" beside "en"',
      },
      {
        code: 'service.manifest.welsh_missing',
        path: ['notifications', 'templates', 1, 'variants', 'cy'],
        message: 'The template "registered-email" has no Welsh variant: the service offers Welsh, so add variants.cy',
      },
    ]);
  });

  it('an English-only service needs no Welsh', () => {
    const manifest = warmSpaceManifest();
    manifest.languages = ['en'];
    delete (manifest.name as Record<string, unknown>).cy;
    expect(() => checkManifest(manifest, { baseDir })).not.toThrow();
  });
});
