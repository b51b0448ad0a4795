import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, { source: string; types: string; default: string } | string>;
  civicbricks: { nodeOnlyExports: string[] };
};

// Every module a source file reaches through relative imports, with the bare imports it makes.
function reach(entry: string): { files: Set<string>; bare: Set<string> } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/g)) {
      const target = match[1] ?? '';
      if (target.startsWith('.')) visit(resolve(dirname(file), target.replace(/\.js$/, '.ts')));
      else bare.add(target);
    }
  };
  visit(join(root, entry));
  return { files, bare };
}

describe('package entries', () => {
  it('keeps the main entry browser-safe: no storage, no SMTP, no Node built-ins', () => {
    const { bare } = reach('src/index.ts');
    const forbidden = [...bare].filter(
      (name) => name.startsWith('node:') || name.startsWith('@civicbricks/storage') || name === 'nodemailer',
    );
    expect(forbidden).toEqual([]);
  });

  it('lists the outbox and SMTP entries as Node-only, shaped like the others', () => {
    for (const subpath of ['./outbox', './smtp']) {
      const name = subpath.slice(2);
      expect(manifest.exports[subpath]).toEqual({
        source: `./src/${name}/index.ts`,
        types: `./dist/${name}.d.ts`,
        default: `./dist/${name}.js`,
      });
      expect(manifest.civicbricks.nodeOnlyExports).toContain(subpath);
    }
    expect(reach('src/outbox/index.ts').bare).toContain('@civicbricks/storage');
    expect(reach('src/smtp/index.ts').bare).toContain('nodemailer');
  });
});
