// A well-formed audit row hashed exactly as the store hashes one: what a forger with the source code can make.
import { randomUUID } from 'node:crypto';
import type { AuditRow } from '../../src/backend.js';
import { CHAIN_FORMAT, auditEntryHash } from '../../src/hash.js';

export async function chainedAuditRow(link: { readonly seq: number; readonly prevHash: string }): Promise<AuditRow> {
  const fields = {
    seq: link.seq,
    id: randomUUID(),
    format: CHAIN_FORMAT,
    at: '2030-03-04T09:00:00.000000Z',
    actor: 'mallory',
    action: 'payment.approved',
    collection: null,
    recordId: null,
    fields: [],
    metadata: {},
    detailDigest: null,
    prevHash: link.prevHash,
  };
  return { ...fields, hash: await auditEntryHash(fields) };
}
