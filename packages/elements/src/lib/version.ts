// Written by scripts/sync-versions.mjs from package.json: `npm run version-packages` keeps it current.
export const packageVersion = '0.1.0';
