import type { AuditRow } from './backend.js';
import { canonicalJson, type JsonObject } from './json.js';

/** The `prevHash` of the first entry: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Version of the hashed layout, hashed too, so one format cannot be passed off
 * as another. Format 1 (storage migrations 1 to 3) hashed `at` to the
 * millisecond; format 2 hashes it to the microsecond, as PostgreSQL stores it.
 * Entries keep the format they were written with, so old chains still verify.
 */
export const CHAIN_FORMAT = 2;

/** The format of entries written before storage migration 4. */
export const LEGACY_CHAIN_FORMAT = 1;

/** The detail digest's layout; unchanged since format 1 (detail rows are bound to their entry by verification). */
const DETAIL_FORMAT = 1;

const MICROS_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A JavaScript date as a UTC timestamp with microseconds, the precision PostgreSQL keeps. */
export function toMicrosTimestamp(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, -1)}000Z`;
}

/** The millisecond ISO form of a microsecond timestamp (what format 1 hashed, and what `AuditEntry.at` shows). */
export function microsToIso(at: string): string {
  return `${at.slice(0, 23)}Z`;
}

/** True when `at` is a microsecond UTC timestamp in the one spelling this package writes and reads. */
export function isMicrosTimestamp(at: string): boolean {
  return MICROS_TIMESTAMP.test(at);
}

interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(text: string, encoding: 'utf8'): { digest(encoding: 'hex'): string } };
}

/**
 * Node's own hashing when the runtime has it, reached through `process.getBuiltinModule` so that browser
 * bundles never see an import of `node:crypto`. Web Crypto's digest is asynchronous: each call goes to a
 * worker thread and back, which was most of the time of an audited write on the memory store (two digests
 * an entry) and left the event loop idle meanwhile.
 */
const nodeCrypto: NodeCrypto | undefined = (() => {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return typeof runtime?.getBuiltinModule === 'function' ? (runtime.getBuiltinModule('node:crypto') as NodeCrypto | undefined) : undefined;
})();

/** SHA-256 of UTF-8 text, as lower-case hex: Node's crypto where there is one, Web Crypto elsewhere (browsers, workers). */
export async function sha256Hex(text: string): Promise<string> {
  if (nodeCrypto !== undefined) return nodeCrypto.createHash('sha256').update(text, 'utf8').digest('hex');
  return webCryptoSha256Hex(text);
}

/** The Web Crypto path, exported so tests hold both paths to the same answers. */
export async function webCryptoSha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The fields of an audit entry that its hash covers: all but the hash itself. */
export type HashedAuditFields = Omit<AuditRow, 'hash'>;

/**
 * Hash of one chain link: SHA-256 over canonical JSON of every field,
 * including the previous entry's hash, so changing, removing or reordering any
 * entry breaks every link after it. `at` is hashed at the precision the entry's
 * format promises: a legacy entry whose stored time has anything below the
 * millisecond was not written by this package, so it can never match.
 */
export function auditEntryHash(entry: HashedAuditFields): Promise<string> {
  const legacy = entry.format === LEGACY_CHAIN_FORMAT;
  const at = legacy ? (entry.at.endsWith('000Z') ? microsToIso(entry.at) : `${entry.at} (below a millisecond)`) : entry.at;
  return sha256Hex(
    canonicalJson({
      format: entry.format,
      seq: entry.seq,
      id: entry.id,
      at,
      actor: entry.actor,
      action: entry.action,
      collection: entry.collection,
      recordId: entry.recordId,
      fields: [...entry.fields],
      metadata: entry.metadata,
      detailDigest: entry.detailDigest,
      prevHash: entry.prevHash,
    }),
  );
}

/**
 * Digest of an entry's before/after detail, salted with a random value kept
 * beside the detail. The chain holds only this digest; once the detail and its
 * salt are erased, the digest reveals nothing about the data (no guessing a
 * date of birth by hashing candidates), yet the chain still verifies.
 */
export function auditDetailDigest(entryId: string, salt: string, detail: JsonObject): Promise<string> {
  return sha256Hex(canonicalJson({ format: DETAIL_FORMAT, entryId, salt, detail }));
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const POOL_SIZE = 4096;
let pool = new Uint8Array(0);
let poolOffset = 0;

/**
 * 128 random bits as hex, for detail salts and lease tokens. Bytes come from the platform's secure generator
 * a pool at a time (as Node does for `randomUUID`) and each byte is handed out once: one generator call for
 * every entry cost more than hashing the entry.
 */
export function randomHex(bytes = 16): string {
  if (bytes > POOL_SIZE) throw new RangeError(`randomHex gives at most ${POOL_SIZE} bytes at a time`);
  if (poolOffset + bytes > pool.length) {
    pool = globalThis.crypto.getRandomValues(new Uint8Array(POOL_SIZE));
    poolOffset = 0;
  }
  let hex = '';
  for (let index = poolOffset; index < poolOffset + bytes; index += 1) hex += HEX[pool[index] as number];
  // Zero what was handed out, so no later reader of the pool could see it again.
  pool.fill(0, poolOffset, poolOffset + bytes);
  poolOffset += bytes;
  return hex;
}

/** A random UUID v4 for record, entry and message ids. */
export function randomId(): string {
  return globalThis.crypto.randomUUID();
}
