// Staff accounts and the export from the command line, against a real PostgreSQL server (DATABASE_URL, as a
// council runs it in production): the service takes a registration, then `users` and `export` read the same data.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '@civicbricks/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPostgresInCi, detectPostgres, startPostgres, type PostgresTestServer } from '../../storage/test/support/postgres.js';
import { runCli } from './support/cli.js';
import { register, startTestService, Visitor } from './support/service.js';

const availability = detectPostgres();
assertPostgresInCi(availability);
if (!availability.available) console.warn(`Skipping the PostgreSQL CLI tests: ${availability.reason}`);

describe.skipIf(!availability.available)('civicbricks users and export on PostgreSQL', () => {
  let server: PostgresTestServer;
  let cwd: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    server = await startPostgres(availability);
    cwd = mkdtempSync(join(tmpdir(), 'civic-pg-'));
    await runCli(['new', 'warm-space', 'desk'], { cwd });
    env = { DATABASE_URL: server.connectionString, CIVICBRICKS_SECRET: 'a secret of at least thirty-two characters' };
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('adds, lists and removes staff, refusing a role the manifest does not have', async () => {
    const desk = join(cwd, 'desk');
    const added = await runCli(['users', 'add', '--email', 'Sam@Anytown-Trust.org.uk', '--name', 'Sam Jones', '--role', 'volunteer'], {
      cwd: desk,
      env,
    });
    expect(added.code).toBe(0);
    expect(added.out).toMatch(
      /^Added Sam Jones \(sam@anytown-trust\.org\.uk\) as volunteer\.\nTheir password, shown only this once: [a-z2-9]{5}(-[a-z2-9]{5}){4}$/,
    );
    const again = await runCli(['users', 'add', '--email', 'sam@anytown-trust.org.uk', '--name', 'Sam', '--role', 'volunteer'], {
      cwd: desk,
      env,
    });
    expect(again.err).toBe('There is already an account for sam@anytown-trust.org.uk: remove it first to replace it');
    const badRole = await runCli(['users', 'add', '--email', 'kim@anytown-trust.org.uk', '--name', 'Kim', '--role', 'boss'], {
      cwd: desk,
      env,
    });
    expect(badRole.err).toBe(
      'There is a problem:\n  - user.roles: "boss" is not a role of this service: use one of coordinator, volunteer (from the manifest\'s staff.roles)',
    );
    expect((await runCli(['users', 'list'], { cwd: desk, env })).out).toBe('sam@anytown-trust.org.uk\tSam Jones\tvolunteer');
    expect((await runCli(['users', 'remove', 'sam@anytown-trust.org.uk'], { cwd: desk, env })).code).toBe(0);
    expect((await runCli(['users', 'list'], { cwd: desk, env })).out).toBe('There are no staff accounts yet.');
    expect((await runCli(['users', 'remove', 'sam@anytown-trust.org.uk'], { cwd: desk, env })).err).toBe(
      'There is no account for sam@anytown-trust.org.uk',
    );
  });

  it('exports the registrations the service took to a CSV file', async () => {
    const store = await createStore({ adapter: 'postgres', connectionString: server.connectionString });
    const running = await startTestService({ store });
    let reference: string;
    try {
      reference = await register(new Visitor(running.app), { name: 'Pat Smith' });
    } finally {
      await running.close();
    }
    const result = await runCli(['export', '--out', 'register.csv'], { cwd: join(cwd, 'desk'), env });
    expect(result.out).toBe('Wrote 1 row to register.csv. It holds personal data: keep it safe and delete it when you are done.');
    const csv = readFileSync(join(cwd, 'desk', 'register.csv'), 'utf8');
    expect(csv.split('\r\n')[1]).toMatch(new RegExp(`^${reference},\\d{4}-\\d{2}-\\d{2}T[^,]+,16 to 64,Pat Smith,No,`));
  });

  it('a separate worker on the same database sends what the web process took (serve --no-worker beside worker)', async () => {
    const webStore = await createStore({ adapter: 'postgres', connectionString: server.connectionString });
    const workerStore = await createStore({ adapter: 'postgres', connectionString: server.connectionString });
    const web = await startTestService({ store: webStore, worker: false });
    const background = await startTestService({ store: workerStore });
    try {
      const reference = await register(new Visitor(web.app), { name: 'Kim Lee', phone: '07700 900 123' });
      background.service.startWorker();
      await expect
        .poll(async () => ((await background.service.outbox?.list())?.items ?? []).map((message) => message.text).join('\n'), {
          timeout: 30_000,
        })
        .toContain(`Your reference is ${reference}.`);
      expect(web.service.outboxWorker.running).toBe(false);
    } finally {
      await web.close();
      await background.close();
    }
  }, 60_000);
});
