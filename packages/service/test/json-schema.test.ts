// manifest.schema.json is what editors complete and check manifests with: it must be the zod schema's own output.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestJsonSchema } from '../src/manifest/schema.js';

const file = join(import.meta.dirname, '..', 'manifest.schema.json');

describe('manifest.schema.json', () => {
  it('is generated from the zod schema (CIVIC_WRITE_SCHEMA=1 rewrites it)', () => {
    const generated = manifestJsonSchema();
    if (process.env.CIVIC_WRITE_SCHEMA === '1') writeFileSync(file, `${JSON.stringify(generated, null, 2)}\n`);
    // Compared as data, so Prettier's layout of the file does not matter.
    expect(
      JSON.parse(readFileSync(file, 'utf8')),
      'manifest.schema.json is stale: run CIVIC_WRITE_SCHEMA=1 pnpm vitest run packages/service/test/json-schema.test.ts',
    ).toEqual(generated);
  });

  it('describes the fields an editor offers, with their patterns', () => {
    const schema = manifestJsonSchema() as {
      required: string[];
      properties: Record<string, { properties?: Record<string, { pattern?: string }> }>;
    };
    expect(schema.required).toEqual(expect.arrayContaining(['manifestVersion', 'id', 'name', 'journeys', 'staff', 'retention', 'privacy']));
    expect(schema.properties.branding?.properties?.colour?.pattern).toBe('^#[0-9a-fA-F]{6}$');
  });
});
