/**
 * The append-only audit log: entries hash-chained to the head, appended inside
 * the caller's transaction, and verification that finds any change to the chain.
 */
import { ConflictError, parseInput } from '@civicbricks/core';
import { z } from 'zod';
import type { AuditDetailRow, AuditRow, AuditRowWithDetail, BackendOps } from './backend.js';
import {
  CHAIN_FORMAT,
  GENESIS_HASH,
  LEGACY_CHAIN_FORMAT,
  auditDetailDigest,
  auditEntryHash,
  isMicrosTimestamp,
  microsToIso,
  randomHex,
  randomId,
  toMicrosTimestamp,
} from './hash.js';
import { cloneJson, toJsonValue, type JsonObject, type JsonValue } from './json.js';
import type { AuditAppend, AuditEntry, AuditEntryFacts, AuditHead, AuditLog, AuditQuery, AuditVerification } from './types.js';
import { codeName, collectionName, recordId, type Scope } from './scope.js';

const auditAppendSchema = z.strictObject({
  actor: z.string().min(1).max(200),
  action: codeName,
  collection: collectionName.optional(),
  recordId: recordId.optional(),
  fields: z.array(z.string().min(1).max(200)).max(1000).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

const auditQuerySchema = z.strictObject({
  collection: collectionName.optional(),
  recordId: recordId.optional(),
  actor: z.string().min(1).max(200).optional(),
  afterSeq: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
});

interface PreparedAudit extends AuditEntryFacts {
  readonly detail: JsonObject | undefined;
}

function prepareAudit(entry: AuditAppend): PreparedAudit {
  const parsed = parseInput(auditAppendSchema, entry, { codePrefix: 'storage.audit', what: 'audit entry' });
  const metadata = toJsonValue(parsed.metadata ?? {}, { path: ['metadata'] }) as JsonObject;
  let detail: JsonObject | undefined;
  if (parsed.before !== undefined || parsed.after !== undefined) {
    const out: Record<string, JsonValue> = {};
    if (parsed.before !== undefined) out['before'] = toJsonValue(parsed.before, { path: ['before'] });
    if (parsed.after !== undefined) out['after'] = toJsonValue(parsed.after, { path: ['after'] });
    detail = out;
  }
  return {
    actor: parsed.actor,
    action: parsed.action,
    collection: parsed.collection ?? null,
    recordId: parsed.recordId ?? null,
    fields: [...(parsed.fields ?? [])],
    metadata,
    detail,
  };
}

const MAX_CHAIN_ATTEMPTS = 100;

/**
 * Links one entry onto the chain. The adapter appends it only if it still
 * follows the head, moving the head with it; if another transaction got there
 * first, the head is read again and the entry relinked. Under READ COMMITTED
 * the re-read sees the other transaction's committed head, so this converges
 * without rolling back the caller's work.
 */
export async function appendAuditEntry(ops: BackendOps, now: Date, prepared: PreparedAudit): Promise<AuditEntry> {
  const id = randomId();
  const at = toMicrosTimestamp(now);
  let detailRow: AuditDetailRow | undefined;
  let detailDigest: string | null = null;
  if (prepared.detail !== undefined) {
    const salt = randomHex(16);
    detailDigest = await auditDetailDigest(id, salt, prepared.detail);
    detailRow = { entryId: id, collection: prepared.collection, recordId: prepared.recordId, salt, detail: prepared.detail };
  }
  for (let attempt = 0; attempt < MAX_CHAIN_ATTEMPTS; attempt += 1) {
    const head = await ops.readAuditHead();
    const fields = {
      seq: head.seq + 1,
      id,
      format: CHAIN_FORMAT,
      at,
      actor: prepared.actor,
      action: prepared.action,
      collection: prepared.collection,
      recordId: prepared.recordId,
      fields: prepared.fields,
      metadata: prepared.metadata,
      detailDigest,
      prevHash: head.hash,
    };
    const row: AuditRow = { ...fields, hash: await auditEntryHash(fields) };
    if (await ops.insertAuditEntries([row], detailRow ? [detailRow] : [])) {
      return toAuditEntry({ entry: row, detail: detailRow });
    }
  }
  throw new ConflictError('storage.audit_contention', 'Too many audit entries were being written at once; try again.', { retryable: true });
}

function toAuditEntry({ entry, detail }: AuditRowWithDetail): AuditEntry {
  const out: {
    -readonly [K in keyof AuditEntry]: AuditEntry[K];
  } = {
    seq: entry.seq,
    id: entry.id,
    at: microsToIso(entry.at),
    actor: entry.actor,
    action: entry.action,
    collection: entry.collection,
    recordId: entry.recordId,
    fields: [...entry.fields],
    metadata: cloneJson(entry.metadata),
    detailErased: entry.detailDigest !== null && detail === undefined,
    prevHash: entry.prevHash,
    hash: entry.hash,
  };
  const before = detail?.detail['before'];
  const after = detail?.detail['after'];
  if (before !== undefined) out.before = cloneJson(before);
  if (after !== undefined) out.after = cloneJson(after);
  return out;
}

export class AuditLogImpl implements AuditLog {
  readonly #scope: Scope;
  constructor(scope: Scope) {
    this.#scope = scope;
  }

  async append(entry: AuditAppend): Promise<AuditEntry> {
    const prepared = prepareAudit(entry);
    return this.#scope.atomic((ops) => appendAuditEntry(ops, this.#scope.now(), prepared));
  }

  async list(query: AuditQuery = {}): Promise<readonly AuditEntry[]> {
    const parsed = parseInput(auditQuerySchema, query, { codePrefix: 'storage.audit', what: 'audit query' });
    // Only what the chain covers: a row slipped in after the head is not an entry (verification reports it).
    const rows = await this.#scope.autocommit(async (ops) =>
      ops.listAudit({
        collection: parsed.collection,
        recordId: parsed.recordId,
        actor: parsed.actor,
        afterSeq: parsed.afterSeq ?? 0,
        limit: parsed.limit ?? 100,
        maxSeq: (await ops.readAuditHead()).seq,
      }),
    );
    return rows.map(toAuditEntry);
  }

  async head(): Promise<AuditHead> {
    const head = await this.#scope.autocommit((ops) => ops.readAuditHead());
    return { seq: head.seq, hash: head.hash };
  }
}

const VERIFY_PAGE = 500;

/**
 * Walks the chain from the first entry: contiguous sequence numbers, each
 * `prevHash` equal to the previous entry's hash, each hash recomputed, each
 * surviving detail matching its digest and still filed under its entry's
 * record, each missing detail explained by a later erasure of its record, the
 * head pointing at the last entry, and nothing stored after the head.
 */
export async function verifyChain(scope: Scope, expectedHead: AuditHead | undefined): Promise<AuditVerification> {
  let head = await scope.autocommit((ops) => ops.readAuditHead());
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let newestFormat = LEGACY_CHAIN_FORMAT;
  let anchorSeen = expectedHead === undefined || expectedHead.seq === 0;
  const missingDetail: AuditRow[] = [];
  const erasedAt = new Map<string, number>();
  const fail = (reason: Exclude<AuditVerification, { ok: true }>['reason'], failedAt: number, message: string): AuditVerification => ({
    ok: false,
    entries: Math.max(0, failedAt - 1),
    failedAt,
    reason,
    message,
  });
  const check = async ({ entry, detail }: AuditRowWithDetail): Promise<AuditVerification | undefined> => {
    if (entry.seq !== expectedSeq) {
      return fail('missing_entry', expectedSeq, `Audit entry ${expectedSeq} is missing (the next one found is ${entry.seq}).`);
    }
    if (entry.prevHash !== prev) {
      return fail(
        'broken_link',
        entry.seq,
        `Audit entry ${entry.seq} does not follow entry ${entry.seq - 1}: the chain was altered, reordered or had an entry removed.`,
      );
    }
    // An older format after a newer one cannot come from this package: it would let a forger hash less.
    if (entry.format < newestFormat || !isMicrosTimestamp(entry.at) || (await auditEntryHash(entry)) !== entry.hash) {
      return fail('hash_mismatch', entry.seq, `Audit entry ${entry.seq} was altered after it was written.`);
    }
    newestFormat = entry.format;
    if (detail !== undefined) {
      const digest = await auditDetailDigest(entry.id, detail.salt, detail.detail);
      if (entry.detailDigest === null || digest !== entry.detailDigest) {
        return fail('detail_mismatch', entry.seq, `The before/after detail of audit entry ${entry.seq} was altered after it was written.`);
      }
      if (detail.collection !== entry.collection || detail.recordId !== entry.recordId) {
        return fail(
          'detail_mismatch',
          entry.seq,
          `The before/after detail of audit entry ${entry.seq} was filed under another record, where erasure would miss it.`,
        );
      }
    } else if (entry.detailDigest !== null) {
      missingDetail.push(entry);
    }
    if (entry.action === 'record.erased' && entry.collection !== null && entry.recordId !== null) {
      erasedAt.set(`${entry.collection}\u0000${entry.recordId}`, entry.seq);
    }
    if (expectedHead !== undefined && entry.seq === expectedHead.seq) {
      if (entry.hash !== expectedHead.hash) {
        return fail('anchor_mismatch', entry.seq, `Audit entry ${entry.seq} does not match the anchored head: the log was rewritten.`);
      }
      anchorSeen = true;
    }
    prev = entry.hash;
    expectedSeq += 1;
    return undefined;
  };
  for (;;) {
    for (;;) {
      const afterSeq = expectedSeq - 1;
      const maxSeq = head.seq;
      const page = await scope.autocommit((ops) => ops.listAudit({ afterSeq, limit: VERIFY_PAGE, maxSeq }));
      for (const row of page) {
        const failure = await check(row);
        if (failure) return failure;
      }
      if (page.length < VERIFY_PAGE) break;
    }
    const count = expectedSeq - 1;
    if (count !== head.seq || prev !== head.hash) {
      return fail(
        'head_mismatch',
        count + 1,
        `The audit log ends at entry ${count} but its head says ${head.seq}: entries were removed from the end.`,
      );
    }
    const afterHead = head.seq;
    const [beyond] = await scope.autocommit((ops) => ops.listAudit({ afterSeq: afterHead, limit: 1 }));
    if (beyond === undefined) break;
    // An append commits its entry and the head's move together, so a real one shows a head that has moved past the row.
    const latest = await scope.autocommit((ops) => ops.readAuditHead());
    if (latest.seq <= head.seq) {
      return fail(
        'entry_after_head',
        beyond.entry.seq,
        `Audit entry ${beyond.entry.seq} lies after the head of the chain (entry ${head.seq}): it was written around the store.`,
      );
    }
    head = latest;
  }
  const count = expectedSeq - 1;
  if (!anchorSeen) {
    return fail(
      'anchor_mismatch',
      count + 1,
      `The anchored head (entry ${expectedHead?.seq ?? 0}) is beyond the end of the log: entries were removed.`,
    );
  }
  for (const entry of missingDetail) {
    const erased =
      entry.collection !== null && entry.recordId !== null ? erasedAt.get(`${entry.collection}\u0000${entry.recordId}`) : undefined;
    if (erased === undefined || erased < entry.seq) {
      return fail(
        'detail_missing',
        entry.seq,
        `The before/after detail of audit entry ${entry.seq} was removed without a recorded erasure.`,
      );
    }
  }
  return { ok: true, entries: count, head: { seq: head.seq, hash: head.hash } };
}
