// What the browser is sent: each component's own entry (and ./define) bundled as a council's bundler would, in
// production. Option schemas (zod) and the message catalogue checks belong to the server and the tests only.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../src');
const entries = [
  join(src, 'define.ts'),
  ...readdirSync(join(src, 'components'))
    .map((name) => join(src, 'components', name, `${name}.ts`))
    .filter((file) => existsSync(file)),
];

async function bundle(entry: string): Promise<{ modules: string[]; code: string }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return { modules: Object.keys(result.metafile.inputs), code: result.outputFiles[0]!.text };
}

describe('browser bundles of the elements', () => {
  for (const entry of entries) {
    it(`${entry.slice(src.length + 1)} carries no zod and no catalogue checks`, async () => {
      const { modules, code } = await bundle(entry);
      expect(modules.filter((module) => /[\\/]zod[\\/]|\.options\.ts$/.test(module))).toEqual([]);
      // A phrase only the catalogue checks use: components declare their catalogues and test/messages.test.ts checks them.
      expect(code).not.toContain('has no Welsh translation');
    });
  }
});
