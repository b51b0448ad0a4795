// Source modules that report their package's version at run time. A module rather than a JSON
// import: importing package.json would ship all of it to every page.
export const versionModules = [{ packageDir: 'packages/elements', file: 'src/lib/version.ts' }];

export function versionModuleSource(version) {
  return [
    '// Written by scripts/sync-versions.mjs from package.json: `npm run version-packages` keeps it current.',
    `export const packageVersion = '${version}';`,
    '',
  ].join('\n');
}
