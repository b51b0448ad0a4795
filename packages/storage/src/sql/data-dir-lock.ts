/**
 * One process at a time in a PGlite data directory. PGlite runs PostgreSQL in single-user mode with no
 * postmaster, so nothing stops a second process opening the same files, and two writers corrupt them
 * (`RuntimeError: Aborted()` on the next start). The lock is a file in the directory naming its owner; an
 * owner that has died (killed, crashed, power cut) leaves it behind, and the next opener takes it over.
 * Node only.
 */
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DataDirectoryInUseError } from '../errors.js';

/** The lock's file name inside the data directory (PostgreSQL ignores files it does not know there). */
export const DATA_DIR_LOCK_FILE = 'civicbricks.lock';

/** Who holds a data directory. */
interface LockOwner {
  readonly pid: number;
  readonly host: string;
  /**
   * When the owning process started (Linux `/proc`, in clock ticks since boot, with the boot's id), so a new
   * process that was given a dead owner's pid (PID 1 in a restarted container) is not taken for the owner.
   */
  readonly started?: string;
  readonly since: string;
  /** Tells this opener's lock from another's with the same pid (two stores opened in one process). */
  readonly token: string;
}

/** A held lock: release it once the database is closed. */
export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * Takes the data directory's lock, or throws {@link DataDirectoryInUseError} naming the live process that
 * holds it; nothing in the directory is touched then. The directory must exist.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, DATA_DIR_LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    ...(await startOf('self').then((started) => (started ? { started } : {}))),
    since: new Date().toISOString(),
    token: randomBytes(12).toString('hex'),
  };
  // Written whole under a name of its own, then linked into place: link fails if the lock exists, and a
  // reader never sees a half-written lock.
  const draft = `${path}.${owner.token}`;
  await writeFile(draft, `${JSON.stringify(owner)}\n`, { mode: 0o644 });
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await link(draft, path);
        break;
      } catch (error) {
        if (!isCode(error, 'EEXIST')) throw error;
      }
      const held = await readOwner(path);
      if (held === 'gone') continue;
      if (held !== 'unreadable' && (await isAlive(held))) throw inUse(dataDir, held);
      // A dead owner's lock (or one no opener of ours wrote). Moved aside before it is removed, and checked
      // again there, so of two openers racing for it one takes it and the other finds the new owner.
      if (attempt > 3) throw inUse(dataDir, held === 'unreadable' ? undefined : held);
      await takeOver(path, held);
    }
  } finally {
    await unlink(draft).catch(() => undefined);
  }
  return {
    async release() {
      // Only our own: if someone removed it and took the directory over, theirs stays.
      const held = await readOwner(path);
      if (held !== 'gone' && held !== 'unreadable' && held.token === owner.token) await unlink(path).catch(() => undefined);
    },
  };
}

async function takeOver(path: string, seen: LockOwner | 'unreadable'): Promise<void> {
  const aside = `${path}.stale-${randomBytes(6).toString('hex')}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return;
    throw error;
  }
  const moved = await readOwner(aside);
  const same = seen === 'unreadable' ? moved === 'unreadable' : moved !== 'gone' && moved !== 'unreadable' && moved.token === seen.token;
  if (same) return void (await unlink(aside).catch(() => undefined));
  // Another opener took the directory between our read and the move: give its lock back.
  await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

async function readOwner(path: string): Promise<LockOwner | 'gone' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return 'gone';
    throw error;
  }
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string')
      return { since: '', ...value } as LockOwner;
  } catch {
    // fall through: not a lock this package wrote
  }
  return 'unreadable';
}

/** Whether the lock's owner still runs. On another host that cannot be known, so it counts as running. */
async function isAlive(owner: LockOwner): Promise<boolean> {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if (!isCode(error, 'EPERM')) return false;
  }
  if (owner.started === undefined) return true;
  const started = await startOf(String(owner.pid));
  return started === undefined || started === owner.started;
}

/** A process's start, as the boot's id and its start time in clock ticks; undefined where `/proc` is not there. */
async function startOf(pid: string): Promise<string | undefined> {
  try {
    const [boot, stat] = await Promise.all([readFile('/proc/sys/kernel/random/boot_id', 'utf8'), readFile(`/proc/${pid}/stat`, 'utf8')]);
    // Fields after the command name, which is in brackets and may hold spaces; the start time is field 22.
    const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return ticks ? `${boot.trim()}:${ticks}` : undefined;
  } catch {
    return undefined;
  }
}

function inUse(dataDir: string, owner: LockOwner | undefined): DataDirectoryInUseError {
  const who = owner
    ? `process ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}${owner.since ? ` (since ${owner.since})` : ''}`
    : 'another process';
  return new DataDirectoryInUseError(
    `The PGlite data directory ${dataDir} is open in ${who}, and PGlite allows one process per data directory: stop that process or give this one another dataDir. Nothing in the directory was changed. For several processes sharing data, use PostgreSQL (adapter: 'postgres').`,
    owner ? { pid: owner.pid, host: owner.host } : undefined,
  );
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
