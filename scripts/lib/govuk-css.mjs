// govuk-frontend's stylesheet for services off GOV.UK, compiled from its Sass with the council font stack
// (packages/elements/theme/govuk-frontend.scss): built into the elements package, served by the test
// servers and Storybook. A compile takes seconds, so the result is kept under node_modules/.cache, keyed by
// the entry, govuk-frontend's version and Sass's.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { root } from './run.mjs';

const elements = join(root, 'packages', 'elements');
export const councilStylesheetEntry = join(elements, 'theme', 'govuk-frontend.scss');
const require = createRequire(join(elements, 'package.json'));

/** The compiled stylesheet's path, compiling it first when the cache has none for this entry and these versions. */
export function councilStylesheetPath() {
  const sass = require('sass');
  const versions = [require('govuk-frontend/package.json').version, sass.info];
  const source = readFileSync(councilStylesheetEntry, 'utf8');
  const key = createHash('sha256')
    .update(`${versions.join('\n')}\n${source}`)
    .digest('hex')
    .slice(0, 16);
  const cached = join(root, 'node_modules', '.cache', 'civicbricks', `govuk-frontend-${key}.css`);
  if (existsSync(cached)) return cached;
  const { css } = sass.compile(councilStylesheetEntry, {
    style: 'compressed',
    importers: [new sass.NodePackageImporter(elements)],
    // govuk-frontend's own deprecation notices are for its maintainers.
    quietDeps: true,
  });
  mkdirSync(dirname(cached), { recursive: true });
  // Written whole, then moved into place: a reader at the same moment never sees half a file.
  const partial = `${cached}.${process.pid}`;
  writeFileSync(partial, css);
  renameSync(partial, cached);
  return cached;
}

/** The compiled stylesheet's text. */
export function councilStylesheet() {
  return readFileSync(councilStylesheetPath(), 'utf8');
}

/** Copies the compiled stylesheet into `folder` as `govuk-frontend.css` (the package's dist, Storybook's static files). */
export function writeCouncilStylesheet(folder) {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'govuk-frontend.css');
  copyFileSync(councilStylesheetPath(), path);
  return path;
}
