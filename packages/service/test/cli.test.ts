// The civicbricks command without a database: help, making a service from an example, checking a manifest.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'civic-cli-'));

describe('help', () => {
  it('lists the commands, and each command explains itself with --help', async () => {
    const cwd = scratch();
    const main = await runCli(['--help'], { cwd });
    expect(main.code).toBe(0);
    for (const command of ['new', 'validate', 'serve', 'worker', 'users', 'export', 'schema']) {
      expect(main.out).toContain(`  ${command}`);
      const help = await runCli([command, '--help'], { cwd });
      expect(help.code, command).toBe(0);
      expect(help.out, command).toMatch(new RegExp(`^civicbricks ${command}`));
    }
  });

  it('says so, and shows the commands, for one that does not exist', async () => {
    const result = await runCli(['serv'], { cwd: scratch() });
    expect(result.code).toBe(1);
    expect(result.err).toContain('There is no command "serv".');
    expect(result.err).toContain('serve [manifest]');
  });

  it('names an option it does not know, without a stack trace', async () => {
    const result = await runCli(['serve', '--prot', '3000'], { cwd: scratch() });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Unknown option '--prot'.*Run with --help to see the options\./s);
    expect(result.err).not.toMatch(/\n\s+at /);
  });
});

describe('civicbricks new', () => {
  it('copies the example into a new folder, ready to validate', async () => {
    const cwd = scratch();
    const made = await runCli(['new', 'warm-space', 'library-desk'], { cwd });
    expect(made.code).toBe(0);
    expect(made.out).toContain('cd library-desk');
    const manifest = JSON.parse(readFileSync(join(cwd, 'library-desk', 'manifest.json'), 'utf8')) as { $schema: string };
    expect(manifest.$schema).toBe('./node_modules/@civicbricks/service/manifest.schema.json');
    const checked = await runCli(['validate'], { cwd: join(cwd, 'library-desk') });
    expect(checked.code).toBe(0);
    expect(checked.out).toBe(
      'manifest.json is a valid service: "Register for a warm space at the library" with 1 journey, 2 message templates and 2 staff roles.',
    );
  });

  it('never writes into a folder that has files, and names the examples there are', async () => {
    const cwd = scratch();
    mkdirSync(join(cwd, 'busy'));
    writeFileSync(join(cwd, 'busy', 'notes.txt'), 'mine');
    const busy = await runCli(['new', 'warm-space', 'busy'], { cwd });
    expect(busy.code).toBe(1);
    expect(busy.err).toBe('busy already has files in it. Choose a new folder, so nothing of yours is overwritten.');
    expect(readFileSync(join(cwd, 'busy', 'notes.txt'), 'utf8')).toBe('mine');
    const unknown = await runCli(['new', 'cold-space', 'x'], { cwd });
    expect(unknown.err).toBe('There is no example "cold-space". The examples are: warm-space');
  });
});

describe('civicbricks validate', () => {
  it('lists every problem with where it is', async () => {
    const cwd = scratch();
    await runCli(['new', 'warm-space', 'desk'], { cwd });
    const path = join(cwd, 'desk', 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, unknown>>;
    delete manifest.name!.cy;
    manifest.branding!.colour = 'red';
    writeFileSync(path, JSON.stringify(manifest));
    const result = await runCli(['validate', 'desk'], { cwd });
    expect(result.code).toBe(1);
    expect(result.err).toBe('There is a problem:\n  - branding.colour: A colour is # and six hex digits, such as #1d70b8');
    manifest.branding!.colour = '#005a30';
    writeFileSync(path, JSON.stringify(manifest));
    const welsh = await runCli(['validate', 'desk/manifest.json'], { cwd });
    expect(welsh.err).toBe('There is a problem:\n  - name.cy: `name` has no Welsh: the service offers Welsh, so add "cy" beside "en"');
  });

  it('says where to start when there is no manifest', async () => {
    const result = await runCli(['validate'], { cwd: scratch() });
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      "There is no manifest at manifest.json. Give the manifest's path, or make a service first: civicbricks new warm-space my-service",
    );
  });
});

describe('civicbricks schema', () => {
  it('prints the JSON Schema editors use', async () => {
    const result = await runCli(['schema'], { cwd: scratch() });
    expect(JSON.parse(result.out)).toMatchObject({ title: 'Civic Bricks service manifest', type: 'object' });
  });
});
