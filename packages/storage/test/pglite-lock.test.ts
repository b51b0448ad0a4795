/**
 * A PGlite data directory is held by one process at a time: a second opener, in another process or this one,
 * gets DataDirectoryInUseError and the directory is left as it was; a process that died holding the lock
 * leaves it to the next opener. Real child processes, so the lock is tested across processes as it is used.
 * One PGlite instance in this process, two in children (one cold start, one warm).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createStore, DataDirectoryInUseError, type Store } from '../src/index.js';
import { DATA_DIR_LOCK_FILE, lockDataDir } from '../src/sql/data-dir-lock.js';

const root = mkdtempSync(join(tmpdir(), 'civic-pglite-lock-'));
const dataDir = join(root, 'data');
const lockFile = join(dataDir, DATA_DIR_LOCK_FILE);
// Beside the package's node_modules, so the child resolves PGlite, Kysely and zod as the package does.
const childScript = join(import.meta.dirname, '../node_modules/.cache', `lock-child-${process.pid}.mjs`);
const schema = z.object({ reference: z.string() });
let parent: Store | undefined;

beforeAll(async () => {
  await build({
    entryPoints: [join(import.meta.dirname, 'support/lock-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    external: ['@electric-sql/pglite', 'kysely', 'pg', 'zod'],
    logLevel: 'error',
  });
});

afterAll(async () => {
  await parent?.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(childScript, { force: true });
});

/** Another process with the data directory, driven one JSON line at a time. */
class Child {
  readonly process: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;
  private readonly lines: AsyncIterator<string>;
  private stderr = '';

  constructor(directory: string) {
    this.process = spawn(process.execPath, [childScript, directory], { stdio: 'pipe' });
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.lines = createInterface({ input: this.process.stdout })[Symbol.asyncIterator]();
  }

  get pid(): number {
    return this.process.pid ?? -1;
  }

  async next(): Promise<Record<string, unknown>> {
    const line = await this.lines.next();
    if (line.done) throw new Error(`the child process ended without answering: ${this.stderr}`);
    return JSON.parse(line.value) as Record<string, unknown>;
  }

  async ask(command: string): Promise<Record<string, unknown>> {
    this.process.stdin.write(`${command}\n`);
    return this.next();
  }
}

const lockOwner = () => JSON.parse(readFileSync(lockFile, 'utf8')) as { pid: number; token: string };

describe('a PGlite data directory held by another process', () => {
  it('refuses this process while a child holds it, leaves the child’s data alone, and opens once the child has died holding it', async () => {
    const child = new Child(dataDir);
    try {
      expect(await child.next()).toEqual({ type: 'open' });
      expect(await child.ask('write CB-1')).toEqual({ type: 'written' });
      expect(lockOwner().pid).toBe(child.pid);

      const refused = createStore({ adapter: 'pglite', dataDir });
      await expect(refused).rejects.toBeInstanceOf(DataDirectoryInUseError);
      await expect(refused).rejects.toMatchObject({
        code: 'storage.pglite_data_dir_in_use',
        retryable: true,
        owner: { pid: child.pid, host: hostname() },
        message: expect.stringMatching(
          new RegExp(`${dataDir} is open in process ${child.pid} .*one process per data directory`),
        ) as unknown,
      });
      // The child's database still works, with its data, and the lock is still the child's.
      expect(await child.ask('write CB-2')).toEqual({ type: 'written' });
      expect(await child.ask('read')).toEqual({ type: 'rows', references: ['CB-1', 'CB-2'] });
      expect(lockOwner().pid).toBe(child.pid);

      child.process.kill('SIGKILL');
      await child.exited;
    } finally {
      child.process.kill('SIGKILL');
    }
    // The dead child's lock is still there; this process takes it over, and the data survived.
    expect(lockOwner().pid).toBe(child.pid);
    parent = await createStore({ adapter: 'pglite', dataDir });
    expect(lockOwner().pid).toBe(process.pid);
    const references = (await parent.collection('cases.case', schema).list()).items.map((record) => record.data.reference).sort();
    expect(references).toEqual(['CB-1', 'CB-2']);
  }, 180_000); // Two PGlite starts (one cold) on a busy two-core machine.

  it('refuses a child, and a second store in this process, while this process holds it; frees it on close', async () => {
    if (!parent) throw new Error('the first test leaves this process holding the directory');
    const before = readFileSync(lockFile, 'utf8');
    const child = new Child(dataDir);
    expect(await child.next()).toMatchObject({
      type: 'refused',
      code: 'storage.pglite_data_dir_in_use',
      owner: { pid: process.pid, host: hostname() },
    });
    expect(await child.exited).toBe(3);
    await expect(createStore({ adapter: 'pglite', dataDir })).rejects.toMatchObject({ code: 'storage.pglite_data_dir_in_use' });
    expect(readFileSync(lockFile, 'utf8')).toBe(before);
    await parent.collection('cases.case', schema).insert({ reference: 'CB-3' });
    expect((await parent.collection('cases.case', schema).list()).items).toHaveLength(3);

    await parent.close();
    parent = undefined;
    expect(existsSync(lockFile)).toBe(false);
  }, 120_000);
});

describe('the data directory lock', () => {
  const directory = (name: string) => {
    const path = join(root, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const ownLock = (path: string, owner: Record<string, unknown>) =>
    writeFileSync(join(path, DATA_DIR_LOCK_FILE), JSON.stringify({ since: '2026-12-01T00:00:00.000Z', token: 'theirs', ...owner }));

  it('takes over a lock whose pid now belongs to a different process (a restarted container’s PID 1)', async () => {
    const path = directory('reused-pid');
    // A live pid (this one), started at another time: not the process that wrote the lock.
    ownLock(path, { pid: process.pid, host: hostname(), started: 'another-boot:1' });
    const lock = await lockDataDir(path);
    expect(JSON.parse(readFileSync(join(path, DATA_DIR_LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    expect(JSON.parse(readFileSync(join(path, DATA_DIR_LOCK_FILE), 'utf8')).token).not.toBe('theirs');
    await lock.release();
    expect(existsSync(join(path, DATA_DIR_LOCK_FILE))).toBe(false);
  });

  it('counts a lock from another host as held, and releases only its own lock', async () => {
    const path = directory('other-host');
    ownLock(path, { pid: 1, host: `not-${hostname()}` });
    await expect(lockDataDir(path)).rejects.toMatchObject({
      code: 'storage.pglite_data_dir_in_use',
      owner: { pid: 1, host: `not-${hostname()}` },
      message: expect.stringContaining(`process 1 on not-${hostname()}`) as unknown,
    });

    const mine = directory('released-twice');
    const lock = await lockDataDir(mine);
    // Someone removed it and took the directory over: releasing ours must leave theirs.
    rmSync(join(mine, DATA_DIR_LOCK_FILE));
    ownLock(mine, { pid: 1, host: `not-${hostname()}` });
    await lock.release();
    expect(JSON.parse(readFileSync(join(mine, DATA_DIR_LOCK_FILE), 'utf8'))).toMatchObject({ token: 'theirs' });
  });
});
