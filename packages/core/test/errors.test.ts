import { describe, expect, it } from 'vitest';
import { CivicError, ConflictError, UnavailableError, ValidationError, formatPath, isCivicError } from '../src/index.js';

describe('typed errors', () => {
  it('carry a code, a path and a message, and describe themselves as one issue', () => {
    const error = new CivicError('money.not_a_number', 'Enter an amount, like £12.50', { path: ['fee'] });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CivicError');
    expect(error.code).toBe('money.not_a_number');
    expect(error.path).toEqual(['fee']);
    expect(error.retryable).toBe(false);
    expect(error.issues).toEqual([{ code: 'money.not_a_number', path: ['fee'], message: 'Enter an amount, like £12.50' }]);
  });

  it('name subclasses after themselves and mark unavailability as retryable', () => {
    expect(new ConflictError('storage.conflict', 'Changed by someone else').name).toBe('ConflictError');
    const down = new UnavailableError('storage.connection_lost', 'The database did not answer');
    expect(down.retryable).toBe(true);
    expect(isCivicError(down)).toBe(true);
    expect(isCivicError(new Error('plain'))).toBe(false);
  });

  it('collect several issues with the first as the headline', () => {
    const error = ValidationError.fromIssues([
      { code: 'a', path: ['x', 0], message: 'First problem' },
      { code: 'b', path: ['y'], message: 'Second problem' },
    ]);
    expect(error.code).toBe('a');
    expect(error.path).toEqual(['x', 0]);
    expect(error.message).toBe('First problem (and 1 more problem)');
    expect(error.issues).toHaveLength(2);
    expect(() => ValidationError.fromIssues([])).toThrow(TypeError);
  });

  it('serialise without stack or cause, so nothing private reaches a log', () => {
    const error = new CivicError('x', 'Message', { cause: new Error('secret connection string') });
    expect(JSON.stringify(error)).not.toContain('secret');
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: 'CivicError', code: 'x', message: 'Message' });
  });

  it('format paths the way people read them', () => {
    expect(formatPath(['applicant', 'addresses', 0, 'postcode'])).toBe('applicant.addresses[0].postcode');
    expect(formatPath([])).toBe('');
    expect(formatPath([2, 'name'])).toBe('[2].name');
  });
});
