// Every catalogue in this package is declared (declareMessages), so nothing checks it when it is imported:
// this test is where each one is checked, in English and Welsh with all six Welsh plural forms.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineMessages, type Catalogue } from '@civicbricks/core/i18n';

const src = join(import.meta.dirname, '../src');
const messageFiles = [
  join(src, 'messages.ts'),
  ...readdirSync(join(src, 'components'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.messages.ts'))
    .map((file) => join(src, 'components', file)),
];

const isCatalogue = (value: unknown): value is Catalogue => typeof value === 'object' && value !== null && 'en' in value && 'cy' in value;

describe('message catalogues', () => {
  it('finds the catalogue modules', () => {
    expect(messageFiles.length).toBeGreaterThan(15);
  });

  for (const file of messageFiles) {
    it(`${file.slice(src.length + 1)}: every catalogue passes defineMessages' checks`, async () => {
      const catalogues = Object.entries((await import(file)) as Record<string, unknown>).filter((entry): entry is [string, Catalogue] =>
        isCatalogue(entry[1]),
      );
      expect(catalogues.length, 'the module exports at least one catalogue').toBeGreaterThan(0);
      for (const [name, catalogue] of catalogues) {
        expect(() => defineMessages(catalogue), name).not.toThrow();
        expect(Object.keys(catalogue.cy).sort(), name).toEqual(Object.keys(catalogue.en).sort());
      }
    });
  }
});
