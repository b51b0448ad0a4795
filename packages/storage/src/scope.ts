/**
 * What collections, the audit log and the outbox share: the scope their row
 * operations run in (the store's own transaction, or the caller's), the names
 * and ids every adapter accepts, and paging cursors.
 */
import { ValidationError } from '@civicbricks/core';
import { z } from 'zod';
import type { BackendOps } from './backend.js';
import type { AdapterName } from './types.js';

/** Collection names: lower case, namespaced by brick with dots (`cases.case`). */
export const COLLECTION_NAME = /^[a-z][a-z0-9_.-]{0,99}$/;
/** Record ids: ASCII, so every adapter sorts and compares them alike. */
export const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;
/** Audit actions and outbox topics: stable dotted codes. */
export const CODE_NAME = /^[a-z][a-z0-9_.-]{0,199}$/;

export const collectionName = z
  .string()
  .regex(COLLECTION_NAME, 'must be lower case letters, digits, dots, hyphens or underscores, starting with a letter');
export const recordId = z.string().regex(RECORD_ID, 'must be 1 to 200 ASCII letters, digits, dots, colons, hyphens or underscores');
export const codeName = z.string().regex(CODE_NAME, 'must be a lower-case code such as `case.status_changed`');
export const version = z.number().int().min(1);

/** Runs row operations either in their own transaction (store level) or inside the caller's. */
export interface Scope {
  readonly owner: object;
  readonly adapter: AdapterName;
  autocommit<T>(fn: (ops: BackendOps) => Promise<T>): Promise<T>;
  atomic<T>(fn: (ops: BackendOps) => Promise<T>): Promise<T>;
  now(): Date;
}

export function iso(date: Date): string {
  return date.toISOString();
}

export const LIST_LIMIT = z.number().int().min(1).max(500).optional();

export function encodeCursor(seq: number): string {
  return btoa(`c1:${seq}`).replace(/=+$/, '');
}

export function decodeCursor(cursor: string | undefined, path: string): number | undefined {
  if (cursor === undefined) return undefined;
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    text = '';
  }
  const match = /^c1:(\d{1,15})$/.exec(text);
  if (!match?.[1]) throw new ValidationError('storage.invalid_cursor', `\`${path}\` is not a cursor this store gave out`, { path: [path] });
  return Number(match[1]);
}
