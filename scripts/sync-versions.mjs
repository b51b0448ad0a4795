// Writes each package's version into the source modules that report it at run time, after
// `changeset version` has bumped the package.json files (`npm run version-packages` runs both).
// `packages/elements/test/version.test.ts` fails if the two ever differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/run.mjs';
import { versionModules, versionModuleSource } from './lib/versions.mjs';

for (const { packageDir, file } of versionModules) {
  const { version } = JSON.parse(readFileSync(join(root, packageDir, 'package.json'), 'utf8'));
  writeFileSync(join(root, packageDir, file), versionModuleSource(version));
  console.log(`${packageDir}/${file}: ${version}`);
}
