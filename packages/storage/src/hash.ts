import type { AuditRow } from './backend.js';
import { canonicalJson, type JsonObject } from './json.js';

/** The `prevHash` of the first entry: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** Version of the hashed layout, hashed too, so a later format cannot be confused with this one. */
const CHAIN_FORMAT = 1;

/** SHA-256 of UTF-8 text, as lower-case hex, through Web Crypto so it runs in Node and browsers alike. */
export async function sha256Hex(text: string): Promise<string> {
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
 * entry breaks every link after it.
 */
export function auditEntryHash(entry: HashedAuditFields): Promise<string> {
  return sha256Hex(
    canonicalJson({
      format: CHAIN_FORMAT,
      seq: entry.seq,
      id: entry.id,
      at: entry.at.toISOString(),
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
  return sha256Hex(canonicalJson({ format: CHAIN_FORMAT, entryId, salt, detail }));
}

/** 128 random bits as hex, for detail salts and lease tokens. */
export function randomHex(bytes = 16): string {
  const buffer = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buffer);
  let hex = '';
  for (const byte of buffer) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** A random UUID v4 for record, entry and message ids. */
export function randomId(): string {
  return globalThis.crypto.randomUUID();
}
