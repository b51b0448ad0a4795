import { generateReference } from '@civicbricks/core/reference';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertSafeReference, referencePersonalData } from '../src/index.js';

describe('references carry no personal data', () => {
  it('spots email addresses, phone numbers and postcodes anywhere in a reference', () => {
    expect(referencePersonalData('case-sam.jones@example.com')).toBe('email address');
    expect(referencePersonalData('07700 900123')).toBe('phone number');
    expect(referencePersonalData('call-+447700900123')).toBe('phone number');
    expect(referencePersonalData('(01632) 960001')).toBe('phone number');
    expect(referencePersonalData('visit-SW1A 1AA')).toBe('postcode');
    expect(referencePersonalData('m11ae')).toBe('postcode');
  });

  it('accepts random references, record ids and UUIDs', () => {
    for (const ok of ['CTAR-6KJH', 'case-42', 'order-2025-01-06-0001', '0d9c3c61-7a53-4a35-9a55-012345678901', 'INV000123']) {
      expect(referencePersonalData(ok)).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.constantFrom<'compact' | 'display'>('compact', 'display'), (format) => {
        expect(assertSafeReference(generateReference({ format }))).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });

  it('refuses empty, over-long and control-character references with a code, never echoing the value', () => {
    for (const bad of ['', ' ', 'x'.repeat(101), 'a\nb']) expect(() => assertSafeReference(bad)).toThrow(/1 to 100 characters/);
    try {
      assertSafeReference('sam@example.com');
    } catch (error) {
      expect((error as Error).message).not.toContain('sam@example.com');
      expect((error as { code: string }).code).toBe('notifications.reference_personal_data');
    }
  });
});
