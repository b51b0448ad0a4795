// The wrappers and JSX typings are generated from the element packages' Custom Elements Manifests and committed;
// this fails when an element gained a property, attribute or event and nobody ran the generator.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementPackages, generatedFiles } from '../../../scripts/generate-react.mjs';
import { publicPackages } from '../../../scripts/lib/packages.mjs';

const manifestsBuilt = publicPackages()
  .filter(({ manifest }) => manifest.customElements)
  .every(({ dir, manifest }) => existsSync(join(dir, manifest.customElements ?? '')));

describe.skipIf(!manifestsBuilt)('@civicbricks/react, generated from the Custom Elements Manifests', () => {
  it('is up to date: the committed sources are what the generator writes now', async () => {
    const files = await generatedFiles();
    expect(files.size).toBeGreaterThan(0);
    for (const [path, text] of files) {
      expect(existsSync(path), `${path} is missing: run node scripts/generate-react.mjs`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${path} is out of date: run node scripts/generate-react.mjs`).toBe(text);
    }
  });

  it('wraps every custom element of every element package, under its class name', () => {
    const packages = elementPackages();
    expect(packages.map(({ name }) => name)).toContain('@civicbricks/elements');
    const source = readdirSync(join(import.meta.dirname, '../src'))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(join(import.meta.dirname, '../src', file), 'utf8'))
      .join('\n');
    for (const { elements } of packages) {
      for (const { tagName, className } of elements) {
        expect(source).toContain(`export const ${className} = createComponent({`);
        expect(source).toContain(`tagName: '${tagName}',`);
      }
    }
  });

  it('reads each documented event once, with its class where the JSDoc names an exported one', () => {
    const table = elementPackages()
      .flatMap(({ elements }) => elements)
      .find(({ tagName }) => tagName === 'civic-table');
    expect(table?.events).toEqual([{ name: 'civic-sort', type: { text: 'CivicSortEvent', imports: ['CivicSortEvent'] } }]);
    const journey = elementPackages()
      .flatMap(({ elements }) => elements)
      .find(({ tagName }) => tagName === 'civic-journey');
    expect(journey?.events.map(({ type }) => type.text)).toEqual(['CustomEvent', 'CustomEvent<JourneySubmitDetail>']);
  });
});
