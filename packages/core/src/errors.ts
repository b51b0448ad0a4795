/**
 * Typed errors shared by every Civic Bricks package.
 *
 * Every error carries a machine-readable `code` (stable across releases, so
 * callers can branch on it and translate it), a `path` to the offending field
 * (so a form can put the message beside the right input) and a human message
 * written for the person who has to act on it.
 */

/** Where in the input the problem is: property names and array indexes. */
export type ErrorPath = readonly (string | number)[];

/** One problem found in an input. */
export interface Issue {
  /** Stable, machine-readable code, for example `money.too_many_decimal_places`. */
  readonly code: string;
  /** Path to the offending field, `[]` for the input as a whole. */
  readonly path: ErrorPath;
  /** What was wrong and how to put it right, in words a user can act on. */
  readonly message: string;
}

export interface CivicErrorOptions {
  readonly path?: ErrorPath;
  /** True when trying the same thing again later may succeed (a lost connection, a rate limit). */
  readonly retryable?: boolean;
  readonly cause?: unknown;
  /** Further problems found in the same input (validation collects them all). */
  readonly issues?: readonly Issue[];
}

/** Base class: catch this to handle every error a brick throws on purpose. */
export class CivicError extends Error {
  readonly code: string;
  readonly path: ErrorPath;
  readonly retryable: boolean;
  /** Every problem found; the first one is also the error's own code, path and message. */
  readonly issues: readonly Issue[];

  constructor(code: string, message: string, options: CivicErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.path = Object.freeze([...(options.path ?? [])]);
    this.retryable = options.retryable ?? false;
    this.issues = Object.freeze(
      options.issues && options.issues.length > 0 ? options.issues.map(freezeIssue) : [freezeIssue({ code, path: this.path, message })],
    );
  }

  /** A plain object for logs and API responses; carries no stack and no cause. */
  toJSON(): { name: string; code: string; path: ErrorPath; message: string; retryable: boolean; issues: readonly Issue[] } {
    return {
      name: this.name,
      code: this.code,
      path: this.path,
      message: this.message,
      retryable: this.retryable,
      issues: this.issues,
    };
  }
}

/** The input was wrong: nothing was changed, and trying again with the same input will fail again. */
export class ValidationError extends CivicError {
  /** One error from many issues: the first issue becomes the headline. */
  static fromIssues(issues: readonly Issue[], cause?: unknown): ValidationError {
    const [first] = issues;
    if (!first) {
      throw new TypeError('ValidationError.fromIssues needs at least one issue');
    }
    const message =
      issues.length === 1
        ? first.message
        : `${first.message} (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})`;
    return new ValidationError(first.code, message, { path: first.path, issues, cause });
  }
}

/** Someone else changed the record since it was read: reload, then try again. */
export class ConflictError extends CivicError {}

/** The thing asked for does not exist (or the caller may not know it exists). */
export class NotFoundError extends CivicError {}

/** A system we depend on did not answer or failed; usually worth retrying. */
export class UnavailableError extends CivicError {
  constructor(code: string, message: string, options: CivicErrorOptions = {}) {
    super(code, message, { retryable: true, ...options });
  }
}

/** True for any error thrown on purpose by a Civic Bricks package, even one from another copy of core. */
export function isCivicError(value: unknown): value is CivicError {
  if (value instanceof CivicError) return true;
  return (
    value instanceof Error &&
    typeof (value as { code?: unknown }).code === 'string' &&
    Array.isArray((value as { path?: unknown }).path) &&
    Array.isArray((value as { issues?: unknown }).issues)
  );
}

/** Formats a path the way people read it: `applicant.addresses[0].postcode`. */
export function formatPath(path: ErrorPath): string {
  if (!Array.isArray(path)) {
    throw new ValidationError('errors.invalid_path', 'A path must be an array of property names and indexes, like ["addresses", 0]', {
      path: ['path'],
    });
  }
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** The kind of a value with its article ("a number", "an array", "null"), for messages that must not echo the value itself. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  const type = typeof value;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function freezeIssue(issue: Issue): Issue {
  return Object.freeze({ code: issue.code, path: Object.freeze([...issue.path]), message: issue.message });
}
