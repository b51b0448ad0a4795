// Imports every built package through its `exports` map, as a consumer's Node and bundler would.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

interface Manifest {
  name: string;
  private?: boolean;
  type?: string;
  license?: string;
  sideEffects?: unknown;
  files?: string[];
  engines?: { node?: string };
  exports: Record<string, string | { types?: string; default?: string; source?: string }>;
  /**
   * `runtime: "node"` for packages that only run in Node (a database driver, the file system);
   * `nodeOnlyExports` for the Node-only entries of a package whose main entry runs anywhere.
   */
  civicbricks?: { runtime?: 'node'; nodeOnlyExports?: string[] };
}

const packages = readdirSync(join(root, 'packages'))
  .filter((name) => existsSync(join(root, 'packages', name, 'package.json')))
  .map((name) => ({
    dir: join(root, 'packages', name),
    manifest: JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as Manifest,
  }))
  .filter(({ manifest }) => !manifest.private);

const built = packages.every(({ dir }) => existsSync(join(dir, 'dist')));
let consumer = '';

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), 'civic-consumer-'));
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  mkdirSync(join(consumer, 'node_modules', '@civicbricks'), { recursive: true });
  for (const { dir, manifest } of packages) symlinkSync(dir, join(consumer, 'node_modules', manifest.name));
});

afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

describe.skipIf(!built)('built packages, imported as a consumer would', () => {
  for (const { dir, manifest } of packages) {
    describe(manifest.name, () => {
      it('declares what a published package needs', () => {
        expect(manifest.type).toBe('module');
        expect(manifest.license).toBe('MIT');
        expect(manifest.sideEffects).toBeDefined();
        expect(manifest.files).toContain('dist');
        expect(manifest.engines?.node).toBe('>=20.19');
        expect(existsSync(join(dir, 'README.md'))).toBe(true);
      });

      for (const [subpath, target] of Object.entries(manifest.exports)) {
        if (typeof target === 'string') continue;
        if (subpath.includes('*')) {
          it(`${manifest.name}/${subpath.slice(2)}: every component has its own entry, and each imports alone`, () => {
            const folder = join(dir, 'src/components');
            const names = readdirSync(folder).filter((name) => existsSync(join(folder, name, `${name}.ts`)));
            expect(names.length).toBeGreaterThan(0);
            for (const name of names) {
              const specifier = `${manifest.name}/${subpath.slice(2).replace('*', name)}`;
              expect(existsSync(join(dir, (target.types ?? '').replace('*', name))), `${specifier} types`).toBe(true);
              const script = `const m = await import(${JSON.stringify(specifier)}); console.log(Object.keys(m).length);`;
              const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, encoding: 'utf8' });
              expect(Number(output.trim()), specifier).toBeGreaterThan(0);
            }
          });
          continue;
        }
        const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;

        it(`${specifier}: lists types first and ships them`, () => {
          const keys = Object.keys(target).filter((key) => key !== 'source');
          expect(keys[0]).toBe('types');
          expect(existsSync(join(dir, target.types ?? ''))).toBe(true);
          expect(existsSync(join(dir, target.default ?? ''))).toBe(true);
        });

        it(`${specifier}: imports in Node without the source condition`, () => {
          const script = `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m)));`;
          const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
            cwd: consumer,
            encoding: 'utf8',
            env: { ...process.env, NODE_OPTIONS: '' },
          });
          const names = JSON.parse(output.trim().split('\n').pop() ?? '[]') as string[];
          expect(names.length).toBeGreaterThan(0);
        });

        // Node only: the elements' server renderer, and packages that say so in `civicbricks.runtime`.
        const browserBound =
          subpath !== './server' && manifest.civicbricks?.runtime !== 'node' && !manifest.civicbricks?.nodeOnlyExports?.includes(subpath);
        it.runIf(browserBound)(`${specifier}: bundles for the browser`, async () => {
          const result = await build({
            stdin: { contents: `export * from ${JSON.stringify(specifier)};`, resolveDir: consumer, loader: 'js' },
            bundle: true,
            write: false,
            format: 'esm',
            platform: 'browser',
            logLevel: 'silent',
          });
          expect(result.errors).toEqual([]);
          expect(result.outputFiles[0]?.text.length).toBeGreaterThan(0);
        });
      }
    });
  }

  it('no two element packages claim the same tag (the browser has one registry)', () => {
    const claims = new Map<string, string[]>();
    for (const { dir, manifest } of packages) {
      const file = join(dir, 'custom-elements.json');
      if (!existsSync(file)) continue;
      const cem = JSON.parse(readFileSync(file, 'utf8')) as { modules: { declarations?: { tagName?: string }[] }[] };
      for (const declaration of cem.modules.flatMap((module) => module.declarations ?? [])) {
        if (declaration.tagName) claims.set(declaration.tagName, [...(claims.get(declaration.tagName) ?? []), manifest.name]);
      }
    }
    expect(claims.size).toBeGreaterThan(0);
    expect([...claims].filter(([, owners]) => owners.length > 1)).toEqual([]);
    for (const tag of claims.keys()) expect(tag).toMatch(/^civic-[a-z][a-z0-9-]*$/);
  });

  it('the built server renderer produces GOV.UK markup in plain Node', () => {
    const script = `import { renderTextInput } from '@civicbricks/elements/server';
      console.log(renderTextInput({ id: 'postcode', name: 'postcode', label: { text: 'Postcode' } }, { element: false }));`;
    const html = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: consumer,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    expect(html).toContain('<label class="govuk-label" for="postcode">Postcode</label>');
    expect(html).toMatch(/<input[^>]*id="postcode"/);
  });

  it('the built core speaks Welsh and reports paths', () => {
    const script = `import { formatPath, resolveLocale, pluralCategory } from '@civicbricks/core';
      console.log([formatPath(['addresses', 0, 'postcode']), resolveLocale('cy-GB'), pluralCategory('cy', 2)].join(' '));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, encoding: 'utf8' });
    expect(output.trim()).toBe('addresses[0].postcode cy two');
  });
});

it('every public package has been built before these tests (npm test builds first)', () => {
  expect(built || process.env.CIVIC_BUILT !== '1').toBe(true);
});
