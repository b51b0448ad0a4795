import { safeParse, type $ZodIssue, type $ZodType, type output } from 'zod/v4/core';
import { describeType, formatPath, ValidationError, type ErrorPath, type Issue } from './errors.js';

export interface ParseOptions {
  /** Where this input sits inside a larger one, so paths in errors point at the real field. */
  readonly path?: ErrorPath;
  /** Prefix for issue codes, for example `registration.journey`. */
  readonly codePrefix?: string;
  /** What the input is, in words, for messages: "journey definition". */
  readonly what?: string;
}

/**
 * Validates `input` against a zod schema at a package boundary.
 *
 * Returns the parsed value, or throws one {@link ValidationError} listing every
 * problem with its path, so a caller can fix them all in one go.
 */
export function parseInput<Schema extends $ZodType>(schema: Schema, input: unknown, options: ParseOptions = {}): output<Schema> {
  // A wrong schema or options object is a programming error, but it still gets a typed error saying which argument.
  if (schema === null || typeof schema !== 'object' || !('_zod' in schema)) {
    throw new ValidationError('validation.invalid_schema', 'parseInput needs a zod schema as its first argument', { path: ['schema'] });
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ValidationError('validation.invalid_options', 'parseInput options must be an object like { path, codePrefix, what }', {
      path: ['options'],
    });
  }
  // A parse-level error map outranks zod's global locale but not a schema author's own message, so
  // every issue without an author's message comes back as the sentinel, whatever locale another package loaded.
  const result = safeParse(schema, input, { error: () => defaultMessage });
  if (result.success) return result.data;
  const base = options.path ?? [];
  const prefix = options.codePrefix ? `${options.codePrefix}.` : '';
  const issues: Issue[] = result.error.issues.map((issue) => {
    const path = [...base, ...issue.path.map(toPathPart)];
    const received = valueAt(input, issue.path);
    return { code: `${prefix}${issue.code}`, path, message: describeIssue(issue, path, received, options.what) };
  });
  throw ValidationError.fromIssues(issues, result.error);
}

// zod can copy the offending input into its issues, but that would carry personal
// data into errors; the type is all a message needs, so it is looked up here.
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function toPathPart(part: PropertyKey): string | number {
  return typeof part === 'number' ? part : String(part);
}

const defaultMessage = 'Invalid input';

// zod/mini ships no message locale (and loading one is a global side effect), so
// messages are written here unless the schema author gave one of their own.
function describeIssue(issue: $ZodIssue, path: ErrorPath, received: unknown, what: string | undefined): string {
  if (issue.message && issue.message !== defaultMessage) return issue.message;
  const where = path.length > 0 ? `\`${formatPath(path)}\`` : what ? `the ${what}` : 'the input';
  switch (issue.code) {
    case 'invalid_type':
      return received === undefined
        ? `${where} is missing: it must be ${article(issue.expected)}`
        : `${where} must be ${article(issue.expected)}, not ${describeType(received)}`;
    case 'too_small':
      return `${where} is too small: it must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}${unit(issue.origin)}`;
    case 'too_big':
      return `${where} is too big: it must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}${unit(issue.origin)}`;
    case 'invalid_format':
      return `${where} is not a valid ${issue.format}`;
    case 'invalid_value':
      return `${where} must be one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'unrecognized_keys':
      return `${where} has ${issue.keys.length === 1 ? 'a field' : 'fields'} we do not know: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `${where} must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return `${where} does not match any of the allowed shapes`;
    case 'invalid_key':
      return `${where} has a key that is not allowed`;
    case 'invalid_element':
      return `${where} has an element that is not allowed`;
    case 'custom':
      return `${where} is not valid`;
  }
}

function unit(origin: string): string {
  switch (origin) {
    case 'string':
      return ' characters';
    case 'array':
    case 'set':
      return ' items';
    default:
      return '';
  }
}

function article(noun: string): string {
  if (noun === 'null' || noun === 'undefined' || noun === 'NaN') return noun;
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}
