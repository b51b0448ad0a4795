// Packs every public package as `pnpm publish` would and checks what the registry would receive: everything its
// exports map and docs point at, nothing private, and no `workspace:` range npm could not install.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPackage, publicPackages, tarballFiles, tarballManifest } from '../scripts/lib/packages.mjs';
import { root } from '../scripts/lib/run.mjs';

const packages = publicPackages();
const versions = new Map(packages.map(({ manifest }) => [manifest.name, manifest.version]));
const built = packages.every(({ dir }) => existsSync(join(dir, 'dist')));
const dependencyFields = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'] as const;

let destination = '';
const tarballs = new Map<string, { files: string[]; manifest: ReturnType<typeof tarballManifest> }>();

beforeAll(() => {
  destination = mkdtempSync(join(tmpdir(), 'civic-pack-'));
  for (const { dir, manifest } of packages) {
    const tarball = packPackage(dir, destination);
    tarballs.set(manifest.name, { files: tarballFiles(tarball), manifest: tarballManifest(tarball) });
  }
});

function packed(name: string) {
  const entry = tarballs.get(name);
  if (!entry) throw new Error(`${name} was not packed`);
  return entry;
}

afterAll(() => {
  if (destination) rmSync(destination, { recursive: true, force: true });
});

/** Every file an exports target names; a `*` target must match at least one packed file. */
function exportTargets(exportsMap: Record<string, string | Record<string, string>>): string[] {
  return Object.values(exportsMap).flatMap((target) =>
    typeof target === 'string'
      ? [target]
      : Object.entries(target)
          .filter(([condition]) => condition !== 'source')
          .map(([, path]) => path),
  );
}

function matches(files: readonly string[], target: string): boolean {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return files.includes(path);
  const [before, after] = path.split('*') as [string, string];
  return files.some((file) => file.startsWith(before) && file.endsWith(after) && file.length > before.length + after.length);
}

describe('the private packages', () => {
  it('are never packed', () => {
    const privateDirs = [join(root, 'scripts/bench'), ...readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name))]
      .filter((dir) => existsSync(join(dir, 'package.json')))
      .filter((dir) => !packages.some((entry) => entry.dir === dir));
    expect(privateDirs.length).toBeGreaterThan(0);
    for (const dir of privateDirs) expect(() => packPackage(dir, tmpdir())).toThrow(/is private and is never packed/);
    expect(packages.map(({ manifest }) => manifest.name)).not.toContain('@civicbricks/benchmarks');
  });
});

describe.skipIf(!built)('each public package, packed as pnpm publishes it', () => {
  for (const { dir, manifest } of packages) {
    describe(manifest.name, () => {
      it('ships every file its exports map and files list name', () => {
        const { files } = packed(manifest.name);
        for (const target of exportTargets(manifest.exports ?? {})) expect(matches(files, target), target).toBe(true);
        for (const entry of manifest.files ?? []) {
          // The changelog appears with the first release that `changeset version` writes.
          if (entry === 'CHANGELOG.md' && !existsSync(join(dir, entry))) continue;
          expect(
            files.some((file) => file === entry || file.startsWith(`${entry}/`)),
            entry,
          ).toBe(true);
        }
        expect(files).toContain('README.md');
        // npm packs a LICENSE beside the README whatever `files` says; MIT asks for its text to travel with the code.
        expect(files).toContain('LICENSE');
        if (manifest.customElements) expect(files).toContain(manifest.customElements);
      });

      it('ships one entry per component where it promises `./components/*`', () => {
        const components = join(dir, 'src/components');
        if (!manifest.exports?.['./components/*'] || !existsSync(components)) return;
        const { files } = packed(manifest.name);
        const names = readdirSync(components).filter((name) => existsSync(join(components, name, `${name}.ts`)));
        for (const name of names) {
          expect(files, name).toContain(`dist/components/${name}.js`);
          expect(files, name).toContain(`dist/components/${name}.d.ts`);
        }
      });

      it('leaves out tests and sources that only the workspace uses', () => {
        const { files } = packed(manifest.name);
        const listed = new Set(manifest.files ?? []);
        const unexpected = files.filter(
          (file) => /(^|\/)test\//.test(file) || /\.test\.[cm]?[jt]s$/.test(file) || (file.startsWith('src/') && !listed.has(file)),
        );
        expect(unexpected).toEqual([]);
      });

      it('names real versions of its workspace dependencies, never `workspace:`', () => {
        const { manifest: packedManifest } = packed(manifest.name);
        for (const field of dependencyFields) {
          for (const [name, range] of Object.entries(packedManifest[field] ?? {})) {
            expect(range, `${field}.${name}`).not.toMatch(/^workspace:/);
            const workspaceVersion = versions.get(name);
            if (workspaceVersion) expect(range, `${field}.${name}`).toBe(`^${workspaceVersion}`);
          }
        }
        expect(packedManifest.version).toBe(manifest.version);
      });
    });
  }
});
