/**
 * Staff accounts and their sessions, kept in the service's store. Passwords are hashed with argon2id; a session
 * is a random token in the cookie, and only its SHA-256 is stored, so someone who reads the database cannot sign
 * in with what they find there. A session is a record: deleting it signs that browser out, deleting all of a
 * person's signs them out everywhere.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { ConflictError, NotFoundError, ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import type { Store, StoredRecord } from '@civicbricks/storage';
import { z } from 'zod';

export const STAFF_USERS = 'service.staff_user';
export const STAFF_SESSIONS = 'service.staff_session';

/** How long a staff session lasts without being used. */
export const SESSION_IDLE_MS = 8 * 3_600_000;
/**
 * How long a staff session lasts at most, however much it is used: a working day. Without it a copied cookie,
 * used at least every eight hours, would work for ever.
 */
export const SESSION_MAX_MS = 12 * 3_600_000;
/** A password at least this long: a passphrase of a few words, which is what NCSC advises. */
export const MIN_PASSWORD_LENGTH = 12;

const UserSchema = z.strictObject({
  email: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  passwordHash: z.string(),
  createdAt: z.iso.datetime(),
});
const SessionSchema = z.strictObject({
  userId: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});

export interface StaffUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly string[];
}

const NewUserSchema = z.strictObject({
  email: z.email('Give the person’s email address, such as sam@anytown-trust.org.uk').max(320),
  name: z.string().trim().min(1, 'Give the person’s name').max(200),
  roles: z.array(z.string().min(1)).min(1, 'Give the person at least one role'),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `A password must be at least ${MIN_PASSWORD_LENGTH} characters: three random words make a good one`)
    .max(1000),
});
export type NewStaffUser = z.input<typeof NewUserSchema>;

const userId = (email: string) => `u-${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32)}`;
const sessionId = (token: string) => `s-${createHash('sha256').update(token).digest('hex')}`;

// Verified against when an address has no account, so a wrong address takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export interface Accounts {
  add(user: NewStaffUser): Promise<StaffUser>;
  list(): Promise<StaffUser[]>;
  remove(email: string): Promise<void>;
  /** The account, when the email and password match one. */
  authenticate(email: string, password: string): Promise<StaffUser | undefined>;
  /** A new session for the user: the token goes in the cookie and nowhere else. */
  startSession(user: StaffUser): Promise<string>;
  /** The signed-in user for a cookie's token, if its session is live; using it keeps it alive. */
  resume(token: string | undefined): Promise<{ user: StaffUser; sessionId: string } | undefined>;
  endSession(token: string): Promise<void>;
  /** Ends every session of the user; returns how many. */
  endAllSessions(userIdOf: string): Promise<number>;
}

export function createAccounts(store: Store, options: { readonly clock?: () => Date; readonly roles: readonly string[] }): Accounts {
  const clock = options.clock ?? (() => new Date());
  const users = store.collection(STAFF_USERS, UserSchema);
  const sessions = store.collection(STAFF_SESSIONS, SessionSchema);
  const toUser = (record: StoredRecord<z.output<typeof UserSchema>>): StaffUser => ({
    id: record.id,
    email: record.data.email,
    name: record.data.name,
    roles: record.data.roles,
  });

  async function endAllSessions(ofUser: string): Promise<number> {
    let ended = 0;
    let cursor: string | undefined;
    do {
      const page = await sessions.list({ where: { userId: ofUser }, limit: 500, ...(cursor ? { cursor } : {}) });
      for (const record of page.items) {
        await sessions.delete(record.id, record.version).then(
          () => (ended += 1),
          () => undefined,
        );
      }
      cursor = page.nextCursor;
    } while (cursor);
    return ended;
  }

  return {
    async add(input) {
      const user = parseInput(NewUserSchema, input, { path: ['user'], codePrefix: 'service.user', what: 'staff user' });
      const unknown = user.roles.find((role) => !options.roles.includes(role));
      if (unknown)
        throw new ValidationError(
          'service.user.unknown_role',
          `"${unknown}" is not a role of this service: use one of ${options.roles.join(', ')} (from the manifest's staff.roles)`,
          { path: ['user', 'roles'] },
        );
      const email = user.email.trim().toLowerCase();
      const passwordHash = await hash(user.password);
      try {
        const record = await users.insert(
          { email, name: user.name, roles: user.roles, passwordHash, createdAt: clock().toISOString() },
          { id: userId(email) },
        );
        await store.audit.append({ actor: 'service.cli', action: 'service.user_added', collection: STAFF_USERS, recordId: record.id });
        return toUser(record);
      } catch (error) {
        if ((error as { code?: string }).code === 'storage.record_exists')
          throw new ConflictError('service.user.exists', `There is already an account for ${email}: remove it first to replace it`, {
            path: ['user', 'email'],
          });
        throw error;
      }
    },
    async list() {
      const found: StaffUser[] = [];
      let cursor: string | undefined;
      do {
        const page = await users.list({ limit: 500, ...(cursor ? { cursor } : {}) });
        found.push(...page.items.map(toUser));
        cursor = page.nextCursor;
      } while (cursor);
      return found;
    },
    async remove(email) {
      const record = await users.get(userId(email));
      if (!record)
        throw new NotFoundError('service.user.not_found', `There is no account for ${email.trim().toLowerCase()}`, { path: ['email'] });
      await endAllSessions(record.id);
      await users.delete(record.id, record.version);
      await store.audit.append({ actor: 'service.cli', action: 'service.user_removed', collection: STAFF_USERS, recordId: record.id });
    },
    async authenticate(email, password) {
      const record = typeof email === 'string' && email.length <= 320 ? await users.get(userId(email)) : undefined;
      if (!record) {
        decoyHash ??= hash(randomBytes(16).toString('hex'));
        await verify(await decoyHash, String(password)).catch(() => false);
        return undefined;
      }
      const ok = await verify(record.data.passwordHash, String(password)).catch(() => false);
      return ok ? toUser(record) : undefined;
    },
    async startSession(user) {
      const token = randomBytes(32).toString('base64url');
      const now = clock();
      await sessions.insert(
        { userId: user.id, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + SESSION_IDLE_MS).toISOString() },
        { id: sessionId(token) },
      );
      return token;
    },
    async resume(token) {
      if (typeof token !== 'string' || !/^[\w-]{43}$/.test(token)) return undefined;
      const record = await sessions.get(sessionId(token));
      const now = clock();
      if (!record) return undefined;
      const ends = Date.parse(record.data.createdAt) + SESSION_MAX_MS;
      if (Date.parse(record.data.expiresAt) <= now.getTime() || ends <= now.getTime()) {
        await sessions.delete(record.id, record.version).catch(() => undefined);
        return undefined;
      }
      const user = await users.get(record.data.userId);
      if (!user) return undefined;
      // Kept alive by use, at most once a minute, so a page full of requests does not write on each.
      const renewed = Math.min(now.getTime() + SESSION_IDLE_MS, ends);
      if (renewed - Date.parse(record.data.expiresAt) > 60_000)
        await sessions
          .update(record.id, record.version, { ...record.data, expiresAt: new Date(renewed).toISOString() })
          .catch((error: unknown) => {
            if (!(error instanceof ConflictError)) throw error;
          });
      return { user: toUser(user), sessionId: record.id };
    },
    async endSession(token) {
      const record = await sessions.get(sessionId(token));
      if (record) await sessions.delete(record.id, record.version).catch(() => undefined);
    },
    endAllSessions,
  };
}

/** A password to show once: five groups of five letters and digits (about 124 bits), none easily mistaken for another. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = Array.from({ length: 25 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 5, 10, 15, 20].map((start) => chars.slice(start, start + 5).join('')).join('-');
}
