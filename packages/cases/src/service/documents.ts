/**
 * Documents: evidence uploaded by citizens or staff. The bytes are stored
 * through storage (a record of their own, read only on download) with a size
 * limit; the content type is sniffed from the first bytes against an
 * allow-list, never taken from the upload, and the file name is given the
 * extension of the type found, so "invoice.pdf.exe" cannot be opened as a
 * program. Nothing here parses or runs a document. Downloads come with
 * headers that make a browser save the file rather than render it, and keep
 * scripts off (`attachment`, `nosniff`, a sandboxing CSP).
 *
 * A document is seen by the uploader's organisation, the case owner and the
 * organisations it is shared with, on a recorded basis as for notes.
 */
import { createHash } from 'node:crypto';
import { NotFoundError, ValidationError } from '@civicbricks/core/errors';
import { parseInput } from '@civicbricks/core/validation';
import { toIsoDate } from '@civicbricks/core/working-days';
import type { StoredRecord, Store, Transaction } from '@civicbricks/storage';
import * as z from 'zod/mini';
import { assertCanPerform } from '../permissions.js';
import { rolesOn, type ServiceContext } from './context.js';
import { after, listAll } from './listing.js';
import { requireSharingBases } from './notes.js';
import {
  actorSchema,
  CASES_COLLECTION,
  DOCUMENT_CONTENT_COLLECTION,
  documentContentRecord,
  DOCUMENTS_COLLECTION,
  documentRecord,
  id,
  unique,
  type CaseDocument,
  type CaseRecord,
  type DocumentRecord,
} from './records.js';

/** The types a document may be, each recognised by its first bytes. */
export const DOCUMENT_TYPES = {
  'application/pdf': { extension: 'pdf', matches: (bytes: Uint8Array) => startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  'image/png': { extension: 'png', matches: (bytes: Uint8Array) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  'image/jpeg': { extension: 'jpg', matches: (bytes: Uint8Array) => startsWith(bytes, [0xff, 0xd8, 0xff]) },
  'image/webp': {
    extension: 'webp',
    matches: (bytes: Uint8Array) => startsWith(bytes, ascii('RIFF')) && startsWith(bytes.subarray(8), ascii('WEBP')),
  },
  'image/heic': {
    extension: 'heic',
    matches: (bytes: Uint8Array) => ['ftypheic', 'ftypheix', 'ftypmif1'].some((brand) => startsWith(bytes.subarray(4), ascii(brand))),
  },
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

function ascii(text: string): number[] {
  return [...text].map((character) => character.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** The allowed type the bytes are, or undefined: whatever the upload claimed. */
export function sniffDocumentType(bytes: Uint8Array, allowed: readonly DocumentType[]): DocumentType | undefined {
  return allowed.find((type) => DOCUMENT_TYPES[type].matches(bytes));
}

/** A file name safe to store and to put in a header: no path, no control or quoting characters, the extension of its type. */
export function safeFilename(name: string, type: DocumentType): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}"*:<>?|;]/gu, '')
    .trim()
    .replace(/^\.+/, '');
  const stem = cleaned.replace(/\.[^.]*$/, '').slice(0, 150) || 'document';
  return `${stem}.${DOCUMENT_TYPES[type].extension}`;
}

const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, '`bytes` must be the file as a Uint8Array');
export const addDocumentSchema = z.strictObject({
  caseId: id('`caseId`'),
  filename: z.string('`filename` must be text').check(z.maxLength(500, 'The file name is too long')),
  bytes: bytesSchema,
  /** Who uploaded it: a citizen through a journey, or staff. */
  source: z.enum(['citizen', 'staff']),
  /** Organisations besides the uploader's and the case owner's that may read it; each needs a recorded basis. */
  sharedWith: z.optional(z.array(id('An organisation id'))),
  actor: actorSchema,
});
export const documentIdSchema = z.strictObject({ documentId: id('`documentId`'), actor: actorSchema });
export const listDocumentsSchema = z.strictObject({ caseId: id('`caseId`'), actor: actorSchema });

export interface DocumentSettings {
  /** The largest file accepted, in bytes; 10 MiB when absent. */
  readonly maxBytes?: number;
  /** The types accepted; every type in `DOCUMENT_TYPES` when absent. */
  readonly allowedTypes?: readonly DocumentType[];
}

/** A download: the bytes and the headers to send them with. */
export interface DocumentDownload {
  readonly document: CaseDocument;
  readonly bytes: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
}

export interface DocumentMethods {
  /** Needs `addDocument`. Refuses an empty or too large file and any type not on the allow-list. */
  addDocument(input: z.input<typeof addDocumentSchema>): Promise<CaseDocument>;
  /** The documents of a case the actor's organisation may read (without their bytes). */
  listDocuments(input: z.input<typeof listDocumentsSchema>): Promise<readonly CaseDocument[]>;
  /** The bytes and safe headers; a download by another organisation is audited. */
  downloadDocument(input: z.input<typeof documentIdSchema>): Promise<DocumentDownload>;
}

export const documentsOf = (handle: Store | Transaction) => handle.collection(DOCUMENTS_COLLECTION, documentRecord);
export const documentContentOf = (handle: Store | Transaction) => handle.collection(DOCUMENT_CONTENT_COLLECTION, documentContentRecord);

export function mayReadDocument(document: DocumentRecord, record: CaseRecord, organisationId: string): boolean {
  return (
    document.organisationId === organisationId ||
    record.ownerOrganisationId === organisationId ||
    document.sharedWith.includes(organisationId)
  );
}

/** Every document of a case an organisation may read, oldest first. */
export async function readableDocuments(
  handle: Store | Transaction,
  stored: StoredRecord<CaseRecord>,
  organisationId: string,
): Promise<CaseDocument[]> {
  const all = await listAll((cursor) => documentsOf(handle).list({ where: { caseId: stored.id }, limit: 500, ...after(cursor) }));
  return all
    .filter((document) => mayReadDocument(document.data, stored.data, organisationId))
    .map((document) => ({ id: document.id, ...document.data }));
}

function downloadHeaders(document: DocumentRecord): Record<string, string> {
  const asciiName = document.filename.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return {
    'Content-Type': document.contentType,
    'Content-Length': String(document.size),
    'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(document.filename)}`,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, no-store',
  };
}

export function documentMethods(context: ServiceContext, settings: DocumentSettings = {}): DocumentMethods {
  const { store, clock, now, readCase, typeOf, accessTo, recordView } = context;
  const maxBytes = settings.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const allowed = settings.allowedTypes ?? (Object.keys(DOCUMENT_TYPES) as DocumentType[]);

  const readDocument = async (
    handle: Store | Transaction,
    documentId: string,
    organisationId: string,
    actor: z.output<typeof actorSchema>,
  ) => {
    const document = await documentsOf(handle).get(documentId);
    const notFound = () =>
      new NotFoundError('cases.document.not_found', 'There is no document with this id that you can see', {
        path: ['input', 'documentId'],
      });
    if (document === undefined) throw notFound();
    const stored = await readCase(handle, document.data.caseId, actor).catch(() => {
      throw notFound();
    });
    if (!mayReadDocument(document.data, stored.data, organisationId)) throw notFound();
    return { document, stored };
  };

  return {
    async addDocument(input) {
      const args = parseInput(addDocumentSchema, input, { path: ['input'], codePrefix: 'cases.document' });
      const bytes = args.bytes;
      if (bytes.length === 0) throw new ValidationError('cases.document.empty', 'The selected file is empty', { path: ['input', 'bytes'] });
      if (bytes.length > maxBytes) {
        throw new ValidationError('cases.document.too_large', `The selected file must be smaller than ${formatSize(maxBytes)}`, {
          path: ['input', 'bytes'],
        });
      }
      const type = sniffDocumentType(bytes, allowed);
      if (type === undefined) {
        throw new ValidationError(
          'cases.document.type_not_allowed',
          `The selected file must be a ${allowed.map((allowedType) => DOCUMENT_TYPES[allowedType].extension.toUpperCase()).join(', ')}`,
          { path: ['input', 'bytes'] },
        );
      }
      const sharedWith = unique((args.sharedWith ?? []).filter((organisation) => organisation !== args.actor.organisationId));
      return store.transaction(async (tx) => {
        const stored = await readCase(tx, args.caseId, args.actor);
        assertCanPerform(typeOf(stored.data), rolesOn(stored.data, args.actor), 'addDocument');
        const bases = await requireSharingBases(tx, stored, sharedWith, toIsoDate(clock()));
        const document = await documentsOf(tx).insert({
          caseId: stored.id,
          filename: safeFilename(args.filename, type),
          contentType: type,
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          source: args.source,
          uploadedBy: args.actor.userId,
          organisationId: args.actor.organisationId,
          uploadedAt: now(),
          sharedWith,
        });
        await documentContentOf(tx).insert({ caseId: stored.id, base64: Buffer.from(bytes).toString('base64') }, { id: document.id });
        await tx.audit.append({
          actor: args.actor.userId,
          action: 'case.document_added',
          collection: CASES_COLLECTION,
          recordId: stored.id,
          metadata: {
            document: document.id,
            contentType: type,
            size: bytes.length,
            source: args.source,
            organisation: args.actor.organisationId,
            sharedWith,
            shares: bases,
          },
          // A file name can name the person ("Sam Jones payslip"): erasable detail.
          after: { filename: document.data.filename },
        });
        return { id: document.id, ...document.data };
      });
    },

    async listDocuments(input) {
      const args = parseInput(listDocumentsSchema, input, { path: ['input'], codePrefix: 'cases.documents' });
      const stored = await readCase(store, args.caseId, args.actor);
      return readableDocuments(store, stored, args.actor.organisationId);
    },

    async downloadDocument(input) {
      const args = parseInput(documentIdSchema, input, { path: ['input'], codePrefix: 'cases.document' });
      const { document, stored } = await readDocument(store, args.documentId, args.actor.organisationId, args.actor);
      const content = await documentContentOf(store).require(document.id);
      const access = await accessTo(store, stored, args.actor);
      if (access !== undefined) await recordView(store, stored, args.actor, access, `document:${document.id}`);
      return {
        document: { id: document.id, ...document.data },
        bytes: new Uint8Array(Buffer.from(content.data.base64, 'base64')),
        headers: downloadHeaders(document.data),
      };
    },
  };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.floor(bytes / (1024 * 1024))} MB` : `${Math.floor(bytes / 1024)} KB`;
}
