import { CivicError, ConflictError, UnavailableError, isCivicError } from '@civicbricks/core';
import { isAbortedTransactionError } from 'kysely';

/**
 * Removes secrets and the most common kinds of personal data from text that is
 * about to go into an error message or a stored diagnostic: passwords in
 * connection strings, `password=` settings, bearer tokens, email addresses and
 * long digit runs (phone and NHS numbers). Defence in depth: the store never
 * puts these into messages on purpose, but handler errors and driver messages
 * are written by others.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]*):([^\s/@]*)@/gi, '$1$2:***@')
    .replace(/\b(password|passwd|pwd|secret|api[_-]?key|token)(\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s&;,]+)/gi, '$1$2***')
    .replace(/\bBearer\s+[A-Za-z0-9._~+/=-]+/g, 'Bearer ***')
    .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]')
    .replace(/(?:\+?\d[\s-]?){9,}\d/g, '[number]');
}

/**
 * Describes a PostgreSQL connection string for logs: host, port and database
 * stay, the password never does.
 */
export function redactConnectionString(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    for (const key of [...url.searchParams.keys()]) {
      if (/pass|secret|key|token/i.test(key)) url.searchParams.set(key, '***');
    }
    return url.toString();
  } catch {
    return redactSecrets(connectionString).replace(/password\s*=\s*\S+/gi, 'password=***');
  }
}

// Node network errors that mean "the database cannot be reached right now".
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
]);

// SQLSTATEs that mean the server went away or cannot take us now.
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown (pg_terminate_backend, fast shutdown)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '57P05', // idle_session_timeout
  '53300', // too_many_connections
  '53400', // configuration_limit_exceeded
  '58030', // io_error
]);

// Messages pg uses for a dead socket, where no code is set.
const CONNECTION_MESSAGE =
  /Connection terminated|connection error|Connection ended|not queryable|timeout exceeded when trying to connect|Client has already been connected|server closed the connection|Cannot use a pool after calling end/i;

/** SQLSTATE raised by the audit log's triggers: the table is append-only. */
export const AUDIT_APPEND_ONLY_SQLSTATE = 'CBA01';

/** SQLSTATE raised when an inserted audit entry does not follow the chain head. */
export const AUDIT_OFF_CHAIN_SQLSTATE = 'CBA02';

// Unique keys a chained insert can only trip over when a row was put after the head behind the store's back.
const CHAIN_POSITION_CONSTRAINTS = new Set(['civic_audit_pkey', 'civic_audit_prev_hash_key']);

/** An entry already sits where the next one belongs: someone wrote to the log around this package. */
export function auditTamperedError(cause?: unknown): CivicError {
  return new CivicError(
    'storage.audit_tampered',
    'An audit entry already sits beyond the end of the chain, so the log was written to outside this package. Run verifyAuditChain() and investigate before appending more.',
    cause === undefined ? {} : { cause },
  );
}

function codeOf(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function isSqlState(code: string | undefined): code is string {
  return code !== undefined && /^[0-9A-Z]{5}$/.test(code);
}

/** True when the error came from the database driver rather than from a caller's code. */
export function isDriverError(error: unknown): boolean {
  if (!(error instanceof Error) || isCivicError(error)) return false;
  if (isAbortedTransactionError(error)) return true;
  const code = codeOf(error);
  if (isSqlState(code)) return true;
  if (code !== undefined && NETWORK_CODES.has(code)) return true;
  if (code === 'ENOENT' && (error as { syscall?: unknown }).syscall === 'connect') return true;
  if (error instanceof AggregateError) return error.errors.some(isDriverError);
  return CONNECTION_MESSAGE.test(error.message);
}

/**
 * Turns a driver error into a typed Civic error. Messages are written here and
 * carry no SQL, no values and no connection details; the driver's own error
 * stays available as `cause` for debugging, but is never part of `toJSON()`.
 * Errors that are already Civic errors, or that did not come from the driver,
 * are returned unchanged.
 */
export function mapDatabaseError(error: unknown): unknown {
  if (!isDriverError(error)) return error;
  const err = error as Error;
  const code = codeOf(err);
  if (isAbortedTransactionError(err)) {
    return new CivicError('storage.transaction_aborted', 'A statement inside the transaction failed, so the database rolled it all back.', {
      cause: error,
    });
  }
  if (isUnavailable(err)) {
    return new UnavailableError(
      'storage.unavailable',
      `The database cannot be reached just now${code ? ` (${code})` : ''}. Nothing was changed by the failed operation; try again shortly.`,
      { cause: error },
    );
  }
  if (code === '40001' || code === '40P01') {
    return new ConflictError(
      'storage.transaction_conflict',
      `The database stopped this transaction because another one changed the same data at the same time (${code}). Try again.`,
      { cause: error, retryable: true },
    );
  }
  if (code === AUDIT_APPEND_ONLY_SQLSTATE) {
    return new CivicError('storage.audit_append_only', 'The audit log is append-only: entries cannot be changed or removed.', {
      cause: error,
    });
  }
  if (code === AUDIT_OFF_CHAIN_SQLSTATE) {
    return new CivicError('storage.audit_off_chain', 'The audit entry does not follow the end of the chain, so the database refused it.', {
      cause: error,
    });
  }
  if (code === '23505' && CHAIN_POSITION_CONSTRAINTS.has(String((err as { constraint?: unknown }).constraint))) {
    return auditTamperedError(error);
  }
  if (code === '25P02') {
    return new CivicError('storage.transaction_aborted', 'An earlier statement failed, so the database rolled this transaction back.', {
      cause: error,
    });
  }
  const constraint = (err as { constraint?: unknown }).constraint;
  const where = typeof constraint === 'string' && /^[a-z0-9_]+$/i.test(constraint) ? ` (constraint ${constraint})` : '';
  return new CivicError('storage.database_error', `The database refused the operation with SQLSTATE ${code ?? 'unknown'}${where}.`, {
    cause: error,
  });
}

function isUnavailable(error: Error): boolean {
  const code = codeOf(error);
  if (code !== undefined && NETWORK_CODES.has(code)) return true;
  if (code === 'ENOENT') return true;
  if (isSqlState(code)) return code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code);
  if (error instanceof AggregateError) return error.errors.some((inner) => inner instanceof Error && isUnavailable(inner));
  return CONNECTION_MESSAGE.test(error.message);
}

/** The store was closed; nothing more can be done through it. */
export function closedError(): CivicError {
  return new CivicError('storage.closed', 'This store has been closed.');
}

/**
 * A PGlite data directory is open in another process (or another store of this one): PGlite allows one
 * process per directory, and a second writer would corrupt it. Nothing in the directory was touched.
 * Retryable: it opens once the other process stops.
 */
export class DataDirectoryInUseError extends UnavailableError {
  /** The process holding the directory, when its lock says; `host` is where it runs. */
  readonly owner: { readonly pid: number; readonly host: string } | undefined;

  constructor(message: string, owner?: { readonly pid: number; readonly host: string }) {
    super('storage.pglite_data_dir_in_use', message, { path: ['dataDir'] });
    this.owner = owner === undefined ? undefined : Object.freeze({ ...owner });
  }
}
