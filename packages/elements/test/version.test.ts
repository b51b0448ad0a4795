// The version the define helper names in its duplicate-registration warning must be the published one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageVersion } from '../src/index.js';
import { versionModules, versionModuleSource } from '../../../scripts/lib/versions.mjs';

const root = join(import.meta.dirname, '../../..');

describe('the package version', () => {
  it('is the one in package.json', () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };
    expect(packageVersion).toBe(version);
  });

  it('is written by scripts/sync-versions.mjs in every module that reports one', () => {
    for (const { packageDir, file } of versionModules) {
      const { version } = JSON.parse(readFileSync(join(root, packageDir, 'package.json'), 'utf8')) as { version: string };
      expect(readFileSync(join(root, packageDir, file), 'utf8'), file).toBe(versionModuleSource(version));
    }
  });
});
