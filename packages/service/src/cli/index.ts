/**
 * The `civicbricks` command: make a service from an example, check its manifest, run it, manage staff accounts
 * and export the register. Errors are written for the person at the keyboard: what is wrong and what to type.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatPath, isCivicError, ValidationError } from '@civicbricks/core/errors';
import { loadManifest, type ServiceDefinition } from '../manifest/load.js';
import { manifestJsonSchema } from '../manifest/schema.js';
import { createAccounts, generatePassword } from '../runtime/accounts.js';
import { localText } from '../runtime/layout.js';
import { registerCsv } from '../runtime/register.js';
import { createService, type Service } from '../runtime/server.js';
import { openData, type OpenData } from './data.js';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

const here = dirname(fileURLToPath(import.meta.url));
/** The examples shipped in the package, beside `dist/` (this file built as `dist/cli.js`) or `src/` (run from source). */
export const EXAMPLES_DIR = [resolve(here, '..', 'examples'), resolve(here, '..', '..', 'examples')].find((dir) =>
  existsSync(join(dir, 'warm-space', 'manifest.json')),
) as string;
/** The browser bundle the build writes beside the CLI, if there is one. */
const CLIENT_SCRIPT = resolve(here, 'client', 'journey.js');

const HELP: Record<string, string> = {
  main: `civicbricks: run a public service from one manifest file.

Usage: civicbricks <command> [options]

Commands:
  new <example> <folder>   Make a service from an example (warm-space)
  validate [manifest]      Check a manifest and say what to fix
  serve [manifest]         Run the service
  worker [manifest]        Send messages and sweep old data, without serving pages
  users add|list|remove    Manage staff accounts
  export [manifest]        Write the register as a spreadsheet (CSV)
  schema                   Print the manifest's JSON Schema

Run "civicbricks <command> --help" for a command's options.
The manifest is manifest.json in the current folder unless you name another.`,
  new: `civicbricks new <example> <folder>

Makes <folder> (which must be empty or new) with a copy of an example service.
Examples: ${listExamples().join(', ')}`,
  validate: `civicbricks validate [manifest]

Checks the manifest and everything it refers to (journeys, templates, fees, the case type)
and lists every problem with where it is. Exits with 1 if there is one.`,
  serve: `civicbricks serve [manifest] [options]

Runs the service. Data is kept in .civicbricks/data beside the manifest,
or in PostgreSQL when DATABASE_URL is set.

Options:
  --port <number>        Port to listen on (default 3000, or PORT)
  --host <name>          Address to listen on (default localhost; 0.0.0.0 for every network)
  --public-url <url>     The address people use (default http://localhost:<port>, or PUBLIC_URL)
  --data <folder>        Another PGlite data folder
  --admin-email <email>  The first staff account's email, made when there is none
  --no-worker            Do not send messages from this process`,
  worker: `civicbricks worker [manifest]

Sends the outbox's messages and erases data past its retention, without serving pages: run it beside
"civicbricks serve --no-worker" when the data is in PostgreSQL (DATABASE_URL), so pages and messages
can be scaled apart. Several workers on one database never send a message twice (each message is leased).`,
  users: `civicbricks users add --email <email> --name <name> --role <role> [manifest]
civicbricks users list [manifest]
civicbricks users remove <email> [manifest]

Staff accounts. "add" makes a password and shows it once; roles come from the manifest's staff.roles.
Stop "civicbricks serve" first when the data is in a folder (PGlite).`,
  export: `civicbricks export [manifest] [--out <file.csv>] [--journey <id>]

Writes the register of a journey (the first unless --journey) as CSV: to the file, or to the screen.`,
  schema: `civicbricks schema

Prints the JSON Schema of the manifest, for editors that complete and check JSON.`,
};

function listExamples(): string[] {
  return existsSync(EXAMPLES_DIR) ? readdirSync(EXAMPLES_DIR).filter((name) => existsSync(join(EXAMPLES_DIR, name, 'manifest.json'))) : [];
}

/** A mistake the person can put right: shown without a stack trace, with what to do. */
class UsageError extends Error {}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(HELP.main as string);
      return 0;
    }
    if (!(command in HELP) || command === 'main') throw new UsageError(`There is no command "${command}".\n\n${HELP.main}`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(HELP[command] as string);
      return 0;
    }
    switch (command) {
      case 'new':
        return newService(rest, io);
      case 'validate':
        return validate(rest, io);
      case 'serve':
        await serve(rest, io);
        return 0;
      case 'worker':
        await worker(rest, io);
        return 0;
      case 'users':
        return await users(rest, io);
      case 'export':
        return await exportRegister(rest, io);
      default:
        io.out(JSON.stringify(manifestJsonSchema(), null, 2));
        return 0;
    }
  } catch (error) {
    io.err(describeError(error));
    return 1;
  }
}

function describeError(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  if (isCivicError(error)) {
    if (error instanceof ValidationError)
      return `${error.issues.length === 1 ? 'There is a problem' : `There are ${error.issues.length} problems`}:\n${error.issues
        .map((issue) => {
          const where = issue.path.length > 0 ? formatPath(issue.path) : '';
          return `  - ${where && !issue.message.startsWith(where) ? `${where}: ` : ''}${issue.message}`;
        })
        .join('\n')}`;
    return error.message;
  }
  // Not one of ours: say what kind, not what it held (it may hold someone's answers).
  return `Something went wrong that civicbricks did not expect (${error instanceof Error ? error.name : typeof error}). Run it again; if it keeps happening, report it with the command you ran.`;
}

type Options = NonNullable<ParseArgsConfig['options']>;

function parse<const O extends Options>(args: readonly string[], options: O = {} as O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}. Run with --help to see the options.`,
    );
  }
}

function manifestPath(positional: string | undefined, io: CliIo): string {
  const given = resolve(io.cwd, positional ?? 'manifest.json');
  const path = existsSync(given) && statSync(given).isDirectory() ? join(given, 'manifest.json') : given;
  if (!existsSync(path))
    throw new UsageError(
      `There is no manifest at ${relative(io.cwd, path) || path}. Give the manifest's path, or make a service first: civicbricks new warm-space my-service`,
    );
  return path;
}

function newService(args: readonly string[], io: CliIo): number {
  const { positionals } = parse(args);
  const [example, folder] = positionals;
  const examples = listExamples();
  if (!example || !folder) throw new UsageError(`Say which example and where: civicbricks new ${examples[0] ?? 'warm-space'} my-service`);
  if (!examples.includes(example)) throw new UsageError(`There is no example "${example}". The examples are: ${examples.join(', ')}`);
  const target = resolve(io.cwd, folder);
  if (existsSync(target) && readdirSync(target).length > 0)
    throw new UsageError(`${folder} already has files in it. Choose a new folder, so nothing of yours is overwritten.`);
  cpSync(join(EXAMPLES_DIR, example), target, { recursive: true });
  // The copy's $schema points at the package the service was made with.
  const manifest = join(target, 'manifest.json');
  const text = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
  text.$schema = './node_modules/@civicbricks/service/manifest.schema.json';
  writeFileSync(manifest, `${JSON.stringify(text, null, 2)}\n`);
  io.out(`Made ${folder} from the ${example} example.

Next:
  cd ${folder}
  civicbricks validate        check the manifest after you change it
  civicbricks serve           run it; the address and a staff password are shown`);
  return 0;
}

function validate(args: readonly string[], io: CliIo): number {
  const { positionals } = parse(args);
  const path = manifestPath(positionals[0], io);
  const definition = loadManifest(path);
  io.out(
    `${relative(io.cwd, path) || path} is a valid service: "${localText(definition.manifest.name, 'en')}" with ${definition.journeys.length} ${definition.journeys.length === 1 ? 'journey' : 'journeys'}, ${definition.templates.size} message ${definition.templates.size === 1 ? 'template' : 'templates'} and ${definition.manifest.staff.roles.length} staff ${definition.manifest.staff.roles.length === 1 ? 'role' : 'roles'}.`,
  );
  return 0;
}

export interface StartOptions {
  readonly manifest: string;
  readonly port: number;
  readonly host: string;
  readonly publicUrl?: string;
  readonly dataDir?: string;
  readonly adminEmail?: string;
  readonly worker?: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly logger?: boolean;
}

export interface Started {
  readonly service: Service;
  readonly data: OpenData;
  readonly definition: ServiceDefinition;
  readonly url: string;
  /** The first staff account, when this start made it: its password is shown once and kept nowhere. */
  readonly firstAdmin: { readonly email: string; readonly password: string } | undefined;
  stop(): Promise<void>;
}

/** Loads the manifest, opens the data, makes the first staff account if there is none, and listens. */
export async function startService(options: StartOptions): Promise<Started> {
  const definition = loadManifest(options.manifest);
  const data = await openData({
    serviceDir: dirname(options.manifest),
    env: options.env,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  try {
    const publicUrl =
      options.publicUrl ?? `http://${options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host}:${options.port}`;
    const service = await createService({
      definition,
      store: data.store,
      secret: data.secret,
      publicUrl,
      ...(options.logger === undefined ? {} : { logger: options.logger }),
      ...(existsSync(CLIENT_SCRIPT) ? { clientScript: CLIENT_SCRIPT } : {}),
      ...(options.worker === false ? { worker: false } : {}),
    });
    const firstAdmin = await ensureFirstAdmin(definition, service, options.adminEmail);
    const address = await service.listen(options.port, options.host);
    const url = options.publicUrl ?? (options.port === 0 ? address : publicUrl);
    return {
      service,
      data,
      definition,
      url,
      firstAdmin,
      async stop() {
        await service.close();
        await data.close();
      },
    };
  } catch (error) {
    await data.close();
    throw error;
  }
}

async function ensureFirstAdmin(definition: ServiceDefinition, service: Service, email: string | undefined) {
  if ((await service.accounts.list()).length > 0) return undefined;
  const roles = definition.manifest.staff.roles;
  const admin = roles.find((role) => role.permissions.includes('users.manage')) ?? roles[0];
  const account = { email: email ?? definition.manifest.contact.email ?? 'admin@example.org', password: generatePassword() };
  await service.accounts.add({ ...account, name: 'First administrator', roles: [admin?.id ?? ''] });
  return account;
}

async function serve(args: readonly string[], io: CliIo): Promise<void> {
  const { values, positionals } = parse(args, {
    port: { type: 'string' },
    host: { type: 'string' },
    'public-url': { type: 'string' },
    data: { type: 'string' },
    'admin-email': { type: 'string' },
    'no-worker': { type: 'boolean' },
  });
  const port = Number(values.port ?? io.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 1 to 65535, such as 3000`);
  io.out('Starting: checking the manifest, opening the data and bringing it up to date…');
  const started = await startService({
    manifest: manifestPath(positionals[0], io),
    port,
    host: values.host ?? 'localhost',
    env: io.env,
    ...((values['public-url'] ?? io.env.PUBLIC_URL) ? { publicUrl: values['public-url'] ?? io.env.PUBLIC_URL } : {}),
    ...(values.data ? { dataDir: resolve(io.cwd, values.data) } : {}),
    ...(values['admin-email'] ? { adminEmail: values['admin-email'] } : {}),
    worker: values['no-worker'] !== true,
  });
  io.out(describeStart(started));
  await new Promise<void>((resolveStop) => {
    const stop = () => {
      io.out('Stopping: finishing the requests and messages in hand…');
      started.stop().then(resolveStop, (error: unknown) => {
        io.err(describeError(error));
        resolveStop();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export function describeStart(started: Started): string {
  const name = localText(started.definition.manifest.name, 'en');
  const lines = [
    '',
    `${name} is running.`,
    `  Citizens start at:   ${started.url}/`,
    `  Staff sign in at:    ${started.url}/staff/sign-in`,
    `  Data is kept in:     ${started.data.where}`,
  ];
  if (started.firstAdmin)
    lines.push(
      '',
      'The first staff account was made. Write the password down now: it is shown only this once.',
      `  Email:     ${started.firstAdmin.email}`,
      `  Password:  ${started.firstAdmin.password}`,
      'Add more people with: civicbricks users add --email <email> --name <name> --role <role>',
    );
  lines.push('', 'Press Ctrl+C to stop.');
  return lines.join('\n');
}

async function worker(args: readonly string[], io: CliIo): Promise<void> {
  const { positionals } = parse(args);
  const manifest = manifestPath(positionals[0], io);
  const definition = loadManifest(manifest);
  const data = await openData({ serviceDir: dirname(manifest), env: io.env });
  try {
    // The service's pieces without its port: the same handlers, so a message is sent the same way from either.
    const service = await createService({
      definition,
      store: data.store,
      secret: data.secret,
      publicUrl: 'http://localhost',
      logger: false,
    });
    service.startWorker();
    io.out(`Sending messages for "${localText(definition.manifest.name, 'en')}" from ${data.where}. Press Ctrl+C to stop.`);
    await new Promise<void>((resolveStop) => {
      process.once('SIGINT', resolveStop);
      process.once('SIGTERM', resolveStop);
    });
    io.out('Stopping: finishing the messages in hand…');
    await service.close();
  } finally {
    await data.close();
  }
}

async function withAccounts<T>(
  manifest: string,
  io: CliIo,
  work: (accounts: ReturnType<typeof createAccounts>, definition: ServiceDefinition, data: OpenData) => Promise<T>,
): Promise<T> {
  const definition = loadManifest(manifest);
  const data = await openData({ serviceDir: dirname(manifest), env: io.env });
  try {
    return await work(createAccounts(data.store, { roles: definition.manifest.staff.roles.map((role) => role.id) }), definition, data);
  } finally {
    await data.close();
  }
}

async function users(args: readonly string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'add') {
    const { values, positionals } = parse(rest, {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
    });
    if (!values.email || !values.name || !values.role)
      throw new UsageError(
        'Give the email, name and role: civicbricks users add --email sam@example.org --name "Sam Jones" --role volunteer',
      );
    const password = generatePassword();
    const user = await withAccounts(manifestPath(positionals[0], io), io, (accounts) =>
      accounts.add({ email: values.email as string, name: values.name as string, roles: values.role as string[], password }),
    );
    io.out(`Added ${user.name} (${user.email}) as ${user.roles.join(', ')}.\nTheir password, shown only this once: ${password}`);
    return 0;
  }
  if (action === 'list') {
    const { positionals } = parse(rest);
    const list = await withAccounts(manifestPath(positionals[0], io), io, (accounts) => accounts.list());
    io.out(
      list.length === 0
        ? 'There are no staff accounts yet.'
        : list.map((user) => `${user.email}\t${user.name}\t${user.roles.join(', ')}`).join('\n'),
    );
    return 0;
  }
  if (action === 'remove') {
    const { positionals } = parse(rest);
    const [email, manifest] = positionals;
    if (!email) throw new UsageError('Say whose account: civicbricks users remove sam@example.org');
    await withAccounts(manifestPath(manifest, io), io, (accounts) => accounts.remove(email));
    io.out(`Removed the account for ${email}, and signed it out everywhere.`);
    return 0;
  }
  throw new UsageError(HELP.users as string);
}

async function exportRegister(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, journey: { type: 'string' } });
  const { csv, rows } = await withAccounts(manifestPath(positionals[0], io), io, async (_accounts, definition, data) => {
    const entry = values.journey ? definition.journeys.find((j) => j.id === values.journey) : definition.journeys[0];
    if (!entry)
      throw new UsageError(`There is no journey "${values.journey}": use one of ${definition.journeys.map((j) => j.id).join(', ')}`);
    return registerCsv(data.store, entry, 'service.cli');
  });
  if (values.out) {
    writeFileSync(resolve(io.cwd, values.out), csv, { mode: 0o600 });
    io.out(
      `Wrote ${rows} ${rows === 1 ? 'row' : 'rows'} to ${values.out}. It holds personal data: keep it safe and delete it when you are done.`,
    );
  } else io.out(csv);
  return 0;
}
